package io.shouwei.hazard.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StateSealTest {

  static final StateSeal.Sealed SEALED =
      new StateSeal.Sealed(
          "Hazard", "2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21", 49, "ab".repeat(32),
          Instant.parse("2025-05-12T06:30:00.250Z"), "io.shouwei.hazard.hazard.view.HazardView",
          "0123456789abcdef01234567",
          "{\"id\":\"h-1\",\"status\":\"REPORTED\",\"title\":\"北帮台阶\",\"version\":49}".getBytes(StandardCharsets.UTF_8));

  /**
   * The frozen vector, also produced outside Java with Python's {@code json.dumps(form,
   * sort_keys=True, separators=(',', ':'), ensure_ascii=False)} and {@code sha256sum}.
   */
  @Test
  void knownVector_hasTheDocumentedCanonicalForm_andSeal() {
    assertThat(StateSeal.canonicalForm(SEALED)).isEqualTo(
        "{\"aggregateId\":\"2f0c1e7a-5b7d-4a53-9a55-0d8a4f6c1b21\",\"aggregateType\":\"Hazard\","
            + "\"eventHash\":\"" + "ab".repeat(32) + "\",\"latestEventAt\":\"2025-05-12T06:30:00.250Z\","
            + "\"sequence\":49,\"stateRevision\":\"0123456789abcdef01234567\","
            + "\"stateSha256\":\"05b11c5abb553c767748d3cce94896f72692bcdab8a3cf8272d758c27b7b8fd7\","
            + "\"stateType\":\"io.shouwei.hazard.hazard.view.HazardView\"}");
    assertThat(StateSeal.of(SEALED)).isEqualTo("6e97f14af75257305466cad0c57feb1f412ee3418a8f441e9fc6d8cc86cfb318");
  }

  /** Whatever part of a snapshot changes, the seal changes. */
  @Test
  void everyCoveredValue_changesTheSeal() {
    String seal = StateSeal.of(SEALED);
    List<UnaryOperator<StateSeal.Sealed>> changes = List.of(
        s -> new StateSeal.Sealed("Mine", s.aggregateId(), s.sequence(), s.eventHash(), s.latestEventAt(),
            s.stateType(), s.stateRevision(), s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), "h-2", s.sequence(), s.eventHash(), s.latestEventAt(),
            s.stateType(), s.stateRevision(), s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), s.aggregateId(), 50, s.eventHash(), s.latestEventAt(),
            s.stateType(), s.stateRevision(), s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), s.aggregateId(), s.sequence(), "cd".repeat(32),
            s.latestEventAt(), s.stateType(), s.stateRevision(), s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), s.aggregateId(), s.sequence(), s.eventHash(),
            s.latestEventAt().plusNanos(1000), s.stateType(), s.stateRevision(), s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), s.aggregateId(), s.sequence(), s.eventHash(), s.latestEventAt(),
            "io.shouwei.hazard.mine.view.MineView", s.stateRevision(), s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), s.aggregateId(), s.sequence(), s.eventHash(), s.latestEventAt(),
            s.stateType(), "fedcba9876543210fedcba98", s.state()),
        s -> new StateSeal.Sealed(s.aggregateType(), s.aggregateId(), s.sequence(), s.eventHash(), s.latestEventAt(),
            s.stateType(), s.stateRevision(), "{\"id\":\"h-1\",\"status\":\"PLANNED\"}".getBytes(StandardCharsets.UTF_8)));

    for (UnaryOperator<StateSeal.Sealed> change : changes) {
      assertThat(StateSeal.of(change.apply(SEALED))).isNotEqualTo(seal).matches("[0-9a-f]{64}");
    }
  }
}
