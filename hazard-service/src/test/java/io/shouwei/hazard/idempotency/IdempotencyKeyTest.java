package io.shouwei.hazard.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "8e03978e-40d5-43e8-bc93-6894a57f9324", "retry.1_of:3-x", "Z9"})
  void wellFormedKeys_areAccepted(String value) {
    assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
  }

  @Test
  void aKeyOf128Characters_isAccepted_129AreNot() {
    assertThat(new IdempotencyKey("k".repeat(128)).value()).hasSize(128);
    assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyKey("k".repeat(129)))
        .withMessageContaining("1 to 128 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "two words", "slash/y", "ümlaut", "semi;colon", "quote\"d", "tab\t"})
  void malformedKeys_areRefused(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyKey(value));
  }

  @Test
  void noHeader_isNoKey() {
    assertThat(IdempotencyKey.fromHeaderValues(List.of())).isEmpty();
  }

  @Test
  void aQuotedKey_isTheSameKey_andSurroundingSpaceIsIgnored() {
    assertThat(IdempotencyKey.fromHeaderValues(List.of("\"abc-1\""))).contains(new IdempotencyKey("abc-1"));
    assertThat(IdempotencyKey.fromHeaderValues(List.of("  abc-1 "))).contains(new IdempotencyKey("abc-1"));
  }

  @Test
  void twoHeaders_areRefused_evenIfEqual() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IdempotencyKey.fromHeaderValues(List.of("abc", "abc")))
        .withMessageContaining("at most one");
  }

  @Test
  void emptyQuotes_areRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> IdempotencyKey.fromHeaderValues(List.of("\"\"")));
  }
}
