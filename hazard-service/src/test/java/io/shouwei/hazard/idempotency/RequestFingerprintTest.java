package io.shouwei.hazard.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theBody_isFingerprintedBySha256() {
    // SHA-256 test vectors (FIPS 180-2): "abc" and the empty message
    assertThat(RequestFingerprint.of("POST", "/api/mines", utf8("abc")).bodySha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(RequestFingerprint.of("POST", "/api/mines", new byte[0]).bodySha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void theSameRequest_hasTheSameFingerprint() {
    assertThat(RequestFingerprint.of("post", "/api/mines", utf8("{\"a\":1}")))
        .isEqualTo(RequestFingerprint.of("POST", "/api/mines", utf8("{\"a\":1}")))
        .extracting(RequestFingerprint::method).isEqualTo("POST");
  }

  @Test
  void method_path_query_andEveryByteOfTheBody_count() {
    RequestFingerprint first = RequestFingerprint.of("POST", "/api/mines", utf8("{\"a\":1}"));

    assertThat(RequestFingerprint.of("PUT", "/api/mines", utf8("{\"a\":1}"))).isNotEqualTo(first);
    assertThat(RequestFingerprint.of("POST", "/api/mines/m-1", utf8("{\"a\":1}"))).isNotEqualTo(first);
    assertThat(RequestFingerprint.of("POST", "/api/mines?x=1", utf8("{\"a\":1}"))).isNotEqualTo(first);
    assertThat(RequestFingerprint.of("POST", "/api/mines", utf8("{\"a\":2}"))).isNotEqualTo(first);
    assertThat(RequestFingerprint.of("POST", "/api/mines", utf8("{\"a\": 1}")))
        .as("bodies are compared as bytes, not as JSON").isNotEqualTo(first);
  }

  @Test
  void thePath_includesTheQuery() {
    assertThat(RequestFingerprint.pathOf("/api/hazards/h-1/plan", null)).isEqualTo("/api/hazards/h-1/plan");
    assertThat(RequestFingerprint.pathOf("/api/mines", "dryRun=true")).isEqualTo("/api/mines?dryRun=true");
  }
}
