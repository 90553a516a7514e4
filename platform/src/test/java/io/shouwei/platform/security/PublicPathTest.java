package io.shouwei.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

class PublicPathTest {

  @Test
  void aPlainPattern_opensEveryMethod() {
    assertThat(PublicPath.parse("/auth/**")).isEqualTo(new PublicPath(null, "/auth/**"));
  }

  @Test
  void aMethodAndAPattern_openThatMethodOnly_anyCaseAndBlanks() {
    assertThat(PublicPath.parse("POST /api/tips")).isEqualTo(new PublicPath(HttpMethod.POST, "/api/tips"));
    assertThat(PublicPath.parse("  get \t /api/tips/*  ")).isEqualTo(new PublicPath(HttpMethod.GET, "/api/tips/*"));
    assertThat(PublicPath.parse("GET /api/tips/*")).hasToString("GET /api/tips/*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "api/tips", "FETCH /api/tips", "POST api/tips", "POST /api/tips extra", "POST"})
  void anythingElse_isRefused(String entry) {
    assertThatThrownBy(() -> PublicPath.parse(entry)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProperties_readEveryEntry_andRefuseAMalformedOneAtOnce() {
    SecurityAutoConfiguration.PublicPaths paths =
        new SecurityAutoConfiguration.PublicPaths(List.of("/auth/**", "POST /api/tips"));
    assertThat(paths.entries())
        .containsExactly(new PublicPath(null, "/auth/**"), new PublicPath(HttpMethod.POST, "/api/tips"));
    assertThat(new SecurityAutoConfiguration.PublicPaths(null).entries()).isEmpty();

    assertThatThrownBy(() -> new SecurityAutoConfiguration.PublicPaths(List.of("SEND /api/tips")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SEND");
  }
}
