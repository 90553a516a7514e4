package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadJsonTest {

  @Test
  void numbers_keepTheirDigits_whenShownAgain() throws Exception {
    String stored = "{\"amountCny\":12000.50,\"percent\":50,\"big\":123456789012345678901234567890,\"tiny\":0.10}";

    String shown = new ObjectMapper().writeValueAsString(PayloadJson.read(stored.getBytes(StandardCharsets.UTF_8)));

    assertThat(shown).isEqualTo(stored);
  }

  @Test
  void payloadThatIsNotJson_isShownAsText() {
    assertThat(PayloadJson.read("<xml/>".getBytes(StandardCharsets.UTF_8)).asText()).isEqualTo("<xml/>");
  }
}
