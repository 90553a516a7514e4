package io.shouwei.hazard.hazard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.platform.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

  @Test
  void absentBlankOrAny_expectsNoVersion() {
    assertThat(IfMatch.expectedVersion(null)).isNull();
    assertThat(IfMatch.expectedVersion(" ")).isNull();
    assertThat(IfMatch.expectedVersion("*")).isNull();
  }

  @Test
  void theHazardsETag_expectsItsVersion() {
    assertThat(IfMatch.expectedVersion("\"7\"")).isEqualTo(7L);
    assertThat(IfMatch.expectedVersion(" \"0\" ")).isZero();
    assertThat(IfMatch.etag(7)).isEqualTo("\"7\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"7\"", "\"7\", \"8\"", "\"abc\""})
  void otherEntityTags_canNeverMatch_412(String header) {
    assertThatThrownBy(() -> IfMatch.expectedVersion(header))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(412));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "version 7", "\"7"})
  void whatIsNoEntityTag_isABadRequest_400(String header) {
    assertThatThrownBy(() -> IfMatch.expectedVersion(header))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(400));
  }
}
