package io.shouwei.hazard.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingCodeTest {

  static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  final SecureRandom random = new SecureRandom();

  @Test
  void generate_spellsEightyBitsInFourGroupsOfCrockfordBase32_afterThePrefix() {
    String code = TrackingCode.generate(random).toString();

    assertThat(code).matches("TIP-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    assertThat(code.substring(4).replace("-", "")).hasSize(TrackingCode.BITS / 5);
  }

  @Test
  void generate_usesEverySymbol_andNeverRepeatsACode() {
    Set<String> codes = new HashSet<>();
    Set<Character> symbols = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = TrackingCode.generate(random).toString();
      codes.add(code);
      code.substring(4).replace("-", "").chars().forEach(c -> symbols.add((char) c));
    }
    assertThat(codes).hasSize(2000);
    assertThat(symbols).hasSize(CROCKFORD.length());
  }

  @Test
  void generate_encodesTheRandomBytesBitForBit() {
    SecureRandom allOnes = new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0xff);
      }
    };
    SecureRandom counting = new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) i;
        }
      }
    };
    assertThat(TrackingCode.generate(allOnes)).hasToString("TIP-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    // 00 01 02 03 04 05 06 07 08 09 in groups of 5 bits
    assertThat(TrackingCode.generate(counting)).hasToString("TIP-000G-40R4-0M30-E209");
  }

  @Test
  void parse_readsTheCodeAsPeopleTypeIt() {
    TrackingCode code = TrackingCode.parse("TIP-7KQ2-M9XD-4HCV-T0WB").orElseThrow();

    assertThat(TrackingCode.parse("tip-7kq2-m9xd-4hcv-t0wb")).contains(code);
    assertThat(TrackingCode.parse(" TIP-7KQ2M9XD4HCVT0WB ")).contains(code);
    assertThat(TrackingCode.parse("TIP-7KQ2-M9XD-4HCV-TOWB")).as("O for 0").contains(code);
    assertThat(TrackingCode.parse("TIP-1111-0000-0000-0000")).isEqualTo(TrackingCode.parse("TIP-ILil-oOoO-0000-0000"));
    assertThat(code.hash()).isEqualTo(TrackingCode.parse("tip-7kq2m9xd4hcvtowb").orElseThrow().hash());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "TIP-", "TIP-7KQ2-M9XD-4HCV", "TIP-7KQ2-M9XD-4HCV-T0WBX", "TIP-7KQ2-M9XD-4HCV-T0WU",
      "XYZ-7KQ2-M9XD-4HCV-T0WB", "7KQ2-M9XD-4HCV-T0WB", "5c7e1f20-8b3a-4d69-a2f4-0e9b7c6d5a18"})
  void parse_refusesWhatIsNoTrackingCode(String text) {
    assertThat(TrackingCode.parse(text)).isEmpty();
  }

  @Test
  void parse_refusesNothing_andNoUuidIsATrackingCode() {
    assertThat(TrackingCode.parse(null)).isEmpty();
    assertThat(TrackingCode.parse(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void hash_isTheSha256OfTheCanonicalSpelling_inHex() {
    TrackingCode code = TrackingCode.parse("TIP-7KQ2-M9XD-4HCV-T0WB").orElseThrow();

    assertThat(code.hash()).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("7KQ2")
        .isEqualTo("8ce18a5a86d7a737524c5de81cbd387871ccbb84366721c6c6801c36a02f0f0d");
    assertThat(TrackingCode.generate(random).hash()).isNotEqualTo(code.hash());
  }
}
