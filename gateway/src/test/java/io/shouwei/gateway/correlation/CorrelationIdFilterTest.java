package io.shouwei.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "req-1", "web:console.42_x", "0123456789012345678901234567890123456789012345678901234567890123"})
  void acceptOrCreate_whenWellFormed_keepsIt(String supplied) {
    assertThat(CorrelationIdFilter.acceptOrCreate(supplied)).isEqualTo(supplied);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
    "", "with space", "semi;colon", "new\nline", "ümlaut", "${jndi:x}",
    "01234567890123456789012345678901234567890123456789012345678901234"
  })
  void acceptOrCreate_whenMissingOrMalformed_createsAUuid(String supplied) {
    String id = CorrelationIdFilter.acceptOrCreate(supplied);

    assertThat(id).isNotEqualTo(supplied);
    assertThat(UUID.fromString(id).toString()).isEqualTo(id);
  }
}
