package io.shouwei.hazard.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.hazard.audit.ReplayPoint;
import io.shouwei.platform.web.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayParamsTest {

  @Test
  void asOf_inUtc_orWithAnOffset_isThatInstant() {
    assertThat(ReplayParams.asOf("2026-03-02T01:20:00.123Z", null))
        .isEqualTo(new ReplayPoint.AsOf(Instant.parse("2026-03-02T01:20:00.123Z")));
    assertThat(ReplayParams.asOf("2026-03-02T09:20:00+08:00", null))
        .isEqualTo(new ReplayPoint.AsOf(Instant.parse("2026-03-02T01:20:00Z")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-03-02", "2026-03-02T01:20:00", "2026-03-02 01:20:00Z"})
  void asOf_thatIsNoInstant_isBadRequest(String asOf) {
    assertThatThrownBy(() -> ReplayParams.asOf(asOf, null))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getStatusCode().value()).isEqualTo(400);
          assertThat(p.getBody().getDetail()).contains("asOf must be an ISO-8601 instant");
        });
  }

  @Test
  void asOf_withAVersionToo_isBadRequest() {
    assertThatThrownBy(() -> ReplayParams.asOf("2026-03-02T01:20:00Z", "3"))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getStatusCode().value()).isEqualTo(400);
          assertThat(p.getBody().getDetail()).contains("not both");
        });
  }

  @Test
  void version_isThatSequenceNumber() {
    assertThat(ReplayParams.version("0")).isEqualTo(new ReplayPoint.AtVersion(0));
    assertThat(ReplayParams.version("17")).isEqualTo(new ReplayPoint.AtVersion(17));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "1.5", "three", "99999999999999999999"})
  void version_thatIsNoSequenceNumber_isBadRequest(String version) {
    assertThatThrownBy(() -> ReplayParams.version(version))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(400));
  }
}
