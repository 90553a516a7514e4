package io.shouwei.hazard.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RFC 8785 subset the hash input needs; expected texts as RFC 8785 (and JSON.stringify) write them. */
class CanonicalJsonTest {

  @Test
  void members_areSortedByName_atEveryLevel_withoutWhitespace() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("b", 2);
    inner.put("a", 1L);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("z", "last");
    outer.put("m", inner);
    outer.put("A", null);

    assertThat(CanonicalJson.write(outer)).isEqualTo("{\"A\":null,\"m\":{\"a\":1,\"b\":2},\"z\":\"last\"}");
  }

  @Test
  void namesAreComparedAsUtf16CodeUnits() {
    Map<String, Object> object = new HashMap<>();
    object.put("\u20ac", "euro");
    object.put("\ud83d\ude00", "smiley");
    object.put("\u0080", "control");
    object.put("1", "one");

    // RFC 8785 section 3.2.3: "1" < U+0080 < U+20AC < U+1F600 (its surrogates 0xD83D…)
    assertThat(CanonicalJson.write(object))
        .isEqualTo("{\"1\":\"one\",\"\u0080\":\"control\",\"\u20ac\":\"euro\",\"\ud83d\ude00\":\"smiley\"}");
  }

  @Test
  void strings_escapeOnlyWhatJsonRequires() {
    Map<String, Object> object = Map.of("s", "q\" b\\ \b\f\n\r\t \u0001\u001f 隐患 é /");

    assertThat(CanonicalJson.write(object))
        .isEqualTo("{\"s\":\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f 隐患 é /\"}");
  }

  @Test
  void integers_areWrittenPlainly() {
    assertThat(CanonicalJson.write(Map.of("n", 9007199254740991L, "z", 0, "m", -3)))
        .isEqualTo("{\"m\":-3,\"n\":9007199254740991,\"z\":0}");
  }

  @Test
  void otherValues_areRefused() {
    assertThatThrownBy(() -> CanonicalJson.write(Map.of("d", 1.5))).isInstanceOf(IllegalArgumentException.class);
  }
}
