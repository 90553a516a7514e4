package io.shouwei.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest {

  @Test
  void wellFormedHeader_isKept() {
    assertThat(CorrelationId.acceptOrCreate("agency-sys:req.42")).isEqualTo("agency-sys:req.42");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "line\nbreak", "<script>", "0123456789012345678901234567890123456789012345678901234567890123456789"})
  void unsafeOrMissingHeader_isReplacedByAUuid(String header) {
    String id = CorrelationId.acceptOrCreate(header);
    assertThat(id).isNotEqualTo(header).matches("[0-9a-f-]{36}");
  }

  @Test
  void absentHeader_getsAUuid() {
    assertThat(CorrelationId.acceptOrCreate(null)).matches("[0-9a-f-]{36}");
  }
}
