package io.shouwei.hazard.mine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

  @Test
  void absentOrStar_expectsAnyVersion() {
    assertThat(IfMatch.expectedVersion(null)).isNull();
    assertThat(IfMatch.expectedVersion("")).isNull();
    assertThat(IfMatch.expectedVersion("*")).isNull();
  }

  @Test
  void theMinesETag_expectsItsVersion() {
    assertThat(IfMatch.expectedVersion(IfMatch.etag(0))).isZero();
    assertThat(IfMatch.expectedVersion(" \"17\" ")).isEqualTo(17L);
  }

  @Test
  void weakUnquotedListedOrForeignTags_neverMatch_412() {
    for (String header : new String[] {"W/\"3\"", "3", "\"3\", \"4\"", "\"abc\"", "\"-1\"", "\"1234567890123456789\""}) {
      assertThatThrownBy(() -> IfMatch.expectedVersion(header))
          .as(header)
          .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(412));
    }
  }
}
