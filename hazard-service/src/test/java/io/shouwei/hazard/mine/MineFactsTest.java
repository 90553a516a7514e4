package io.shouwei.hazard.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class MineFactsTest {

  static MineFacts other(Map<String, Object> other) {
    return new MineFacts(null, null, null, null, null, null, null, other);
  }

  static InvalidMineFacts.Problem problemOf(Runnable creation) {
    try {
      creation.run();
    } catch (InvalidMineFacts invalid) {
      assertThat(invalid.problems()).hasSize(1);
      return invalid.problems().get(0);
    }
    throw new AssertionError("no InvalidMineFacts");
  }

  @Test
  void noFactsKnown_isNone() {
    assertThat(new MineFacts(null, null, null, null, null, null, null, null)).isEqualTo(MineFacts.NONE);
    assertThat(MineFacts.NONE.hasSlopeFacts()).isFalse();
    assertThat(MineFacts.NONE.hasTailingsFacts()).isFalse();
    assertThat(MineFacts.NONE.asVariables()).isEmpty();
  }

  @Test
  void heightsOfZero_andGradesOneToFive_areWellFormed() {
    assertThat(new MineFacts(0.0, null, null, null, null, null, 0.0, Map.of()).hasSlopeFacts()).isTrue();
    for (int grade = 1; grade <= 5; grade++) {
      assertThat(new MineFacts(null, null, null, null, null, grade, null, Map.of()).hasTailingsFacts()).isTrue();
    }
  }

  @Test
  void negativeOrInfiniteHeight_isRejected() {
    assertThat(problemOf(() -> new MineFacts(-0.5, null, null, null, null, null, null, Map.of())).field())
        .isEqualTo("slopeHeightMetres");
    assertThat(problemOf(() -> new MineFacts(null, null, null, null, null, null, Double.NaN, Map.of())).field())
        .isEqualTo("damHeightMetres");
    assertThat(problemOf(() -> new MineFacts(Double.POSITIVE_INFINITY, null, null, null, null, null, null, Map.of())).field())
        .isEqualTo("slopeHeightMetres");
  }

  @Test
  void pondGradeOutsideOneToFive_isRejected() {
    assertThat(problemOf(() -> new MineFacts(null, null, null, null, null, 0, null, Map.of())).field())
        .isEqualTo("tailingsPondGrade");
    assertThat(problemOf(() -> new MineFacts(null, null, null, null, null, 6, null, Map.of())).message())
        .isEqualTo("must be from 1 to 5");
  }

  @Test
  void everyBadFact_isListed() {
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("1stBench", 1);
    other.put("note", "text");
    assertThatThrownBy(() -> new MineFacts(-1.0, null, null, null, null, 9, null, other))
        .isInstanceOfSatisfying(InvalidMineFacts.class, e -> assertThat(e.problems())
            .extracting(InvalidMineFacts.Problem::field)
            .containsExactlyInAnyOrder("slopeHeightMetres", "tailingsPondGrade", "other.1stBench", "other.note"));
  }

  @Test
  void otherFactNames_areALetterThenLettersOrDigits() {
    assertThat(other(Map.of("benchCount", 1, "b2", true, "X", 0.5)).other()).containsOnlyKeys("benchCount", "b2", "X");
    for (String bad : new String[] {"1st", "bench_count", "bench-count", "", "坡高", "a".repeat(65)}) {
      assertThat(problemOf(() -> other(Map.of(bad, 1))).field()).as(bad).isEqualTo("other." + bad);
    }
    assertThat(other(Map.of("a".repeat(64), 1)).other()).hasSize(1);
  }

  @Test
  void otherFacts_mayNotReuseTheNameOfANamedFact() {
    assertThat(problemOf(() -> other(Map.of("slopeHeightMetres", 250))).message()).contains("named fact");
  }

  @Test
  void otherFactValues_areNumbersOrBooleans() {
    Map<String, Object> nullValue = new HashMap<>();
    nullValue.put("x", null);
    assertThat(problemOf(() -> other(nullValue)).field()).isEqualTo("other.x");
    assertThat(problemOf(() -> other(Map.of("x", "12"))).field()).isEqualTo("other.x");
    assertThat(problemOf(() -> other(Map.of("x", Double.NaN))).field()).isEqualTo("other.x");
    assertThat(problemOf(() -> other(Map.of("x", BigInteger.TWO.pow(70)))).field()).isEqualTo("other.x");
  }

  @Test
  void tooManyOtherFacts_areRejected() {
    Map<String, Object> many = new HashMap<>();
    for (int i = 0; i <= MineFacts.OTHER_MAX_ENTRIES; i++) {
      many.put("f" + i, i);
    }
    assertThat(problemOf(() -> other(many)).field()).isEqualTo("other");
  }

  @Test
  void otherNumbers_areKeptAsLongOrDouble_inNameOrder() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("zeta", 3);
    raw.put("alpha", BigDecimal.valueOf(2.5));
    raw.put("mid", (short) 4);
    raw.put("flag", true);

    MineFacts facts = other(raw);

    assertThat(facts.other()).containsExactly(
        Map.entry("alpha", 2.5), Map.entry("flag", true), Map.entry("mid", 4L), Map.entry("zeta", 3L));
    assertThat(facts).isEqualTo(other(Map.of("zeta", 3L, "alpha", 2.5, "mid", 4, "flag", true)));
    assertThatThrownBy(() -> facts.other().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void asVariables_namesEveryKnownFact_forTheDecisionTable() {
    MineFacts facts = new MineFacts(210.0, false, null, true, null, null, null, Map.of("benchCount", 14));

    assertThat(facts.asVariables()).containsExactly(
        Map.entry("slopeHeightMetres", 210.0),
        Map.entry("onlineSlopeMonitoring", false),
        Map.entry("slopeUnderWaterPressure", true),
        Map.entry("benchCount", 14L));
  }

  @Test
  void slopeAndTailingsFacts_areTellable() {
    assertThat(new MineFacts(null, null, null, null, false, null, null, Map.of()).hasSlopeFacts()).isTrue();
    assertThat(new MineFacts(null, null, null, null, null, null, 40.0, Map.of()).hasTailingsFacts()).isTrue();
    assertThat(other(Map.of("anything", 1)).hasSlopeFacts()).isFalse();
  }

  @Test
  void storedEvent_roundTripsThroughAxonsJacksonSerializer_withTheSameFacts() {
    JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    MineRegisteredEvent event =
        new MineRegisteredEvent("m-1", "北山", "ent-3", "Beishan Co.", "310115101", MineType.OPEN_PIT,
            new MineFacts(210.5, false, true, null, null, null, null, Map.of("benchCount", 14, "ratio", 0.75)));

    SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
    MineRegisteredEvent read = serializer.deserialize(stored);

    assertThat(stored.getType().getRevision()).isEqualTo("1");
    assertThat(new String(stored.getData(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("slopeFacts", "tailingsFacts", "asVariables");
    assertThat(read).isEqualTo(event);
  }
}
