package io.shouwei.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.gateway.security.PathRules.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

class PathRulesTest {

  @Test
  void aPlainPattern_opensEveryMethod() {
    assertThat(Entry.parse("/auth/**")).isEqualTo(new Entry(null, "/auth/**"));
  }

  @Test
  void aMethodAndAPattern_openThatMethodOnly_anyCaseAndBlanks() {
    assertThat(Entry.parse("POST /api/tips")).isEqualTo(new Entry(HttpMethod.POST, "/api/tips"));
    assertThat(Entry.parse("  get \t /api/tips/*  ")).isEqualTo(new Entry(HttpMethod.GET, "/api/tips/*"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "api/tips", "FETCH /api/tips", "POST api/tips", "POST /api/tips extra", "POST"})
  void anythingElse_isRefused(String entry) {
    assertThatThrownBy(() -> Entry.parse(entry)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProperties_readEveryEntry_andRefuseAMalformedOneAtOnce() {
    PathRules rules = new PathRules(List.of("/auth/**", "POST /api/tips"), List.of("/camunda/**"));
    assertThat(rules.publicEntries())
        .containsExactly(new Entry(null, "/auth/**"), new Entry(HttpMethod.POST, "/api/tips"));
    assertThat(rules.adminEntries()).containsExactly(new Entry(null, "/camunda/**"));
    assertThat(new PathRules(null, null).publicEntries()).isEmpty();
    assertThatThrownBy(() -> new PathRules(List.of("SEND /api/tips"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SEND");
    assertThatThrownBy(() -> new PathRules(List.of(), List.of("camunda/**")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("camunda");
  }
}
