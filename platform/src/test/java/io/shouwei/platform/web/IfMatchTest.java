package io.shouwei.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

  @Test
  void absentBlankOrAny_expectsNoVersion() {
    assertThat(IfMatch.expectedVersion(null)).isNull();
    assertThat(IfMatch.expectedVersion("")).isNull();
    assertThat(IfMatch.expectedVersion(" ")).isNull();
    assertThat(IfMatch.expectedVersion("*")).isNull();
  }

  @Test
  void theETagOfAVersion_expectsThatVersion() {
    assertThat(IfMatch.expectedVersion("\"7\"")).isEqualTo(7L);
    assertThat(IfMatch.expectedVersion(" \"0\" ")).isZero();
    assertThat(IfMatch.expectedVersion(" \"17\" ")).isEqualTo(17L);
    assertThat(IfMatch.expectedVersion(IfMatch.etag(0))).isZero();
    assertThat(IfMatch.etag(7)).isEqualTo("\"7\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"7\"", "\"7\", \"8\"", "\"abc\"", "\"-1\"", "\"1234567890123456789\""})
  void otherEntityTags_canNeverMatch_412PreconditionFailed(String header) {
    assertThatThrownBy(() -> IfMatch.expectedVersion(header))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getStatusCode().value()).isEqualTo(412);
          assertThat(p.getBody().getType()).isEqualTo(Problems.PRECONDITION_FAILED);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "version 7", "\"7", "zero"})
  void whatIsNoEntityTag_isABadRequest_400NamingTheHeader(String header) {
    assertThatThrownBy(() -> IfMatch.expectedVersion(header))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getStatusCode().value()).isEqualTo(400);
          assertThat(p.getBody().getType()).isEqualTo(Problems.INVALID_REQUEST);
          assertThat(p.getBody().getProperties()).containsKey("errors");
        });
  }
}
