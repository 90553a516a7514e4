package io.shouwei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CamundaRatesTest {

  @Test
  void theRestStartCarriesWorkflowServicesVariablesForAGeneralHazard_datesInTheEngineApisFormat() throws Exception {
    JsonNode body = Api.JSON.readTree(CamundaRates.startBody("h-1", "m-1", Instant.parse("2026-12-01T10:00:00.250Z")));

    assertThat(body.get("businessKey").asText()).isEqualTo("h-1");
    JsonNode v = body.get("variables");
    assertThat(v.at("/hazardId/value").asText()).isEqualTo("h-1");
    assertThat(v.at("/mineId/value").asText()).isEqualTo("m-1");
    assertThat(v.at("/level/value").asText()).isEqualTo("GENERAL");
    assertThat(v.at("/stopDecisionRaised/value").asBoolean(true)).isFalse();
    assertThat(v.at("/stopDecisionRaised/type").asText()).isEqualTo("Boolean");
    assertThat(v.at("/planningSince/value").asText()).isEqualTo("2026-12-01T10:00:00.250+0000");
    assertThat(v.at("/planDueDate/value").asText()).isEqualTo("2026-12-08T10:00:00.250+0000");
    assertThat(v.at("/planReminderDate/value").asText()).isEqualTo("2026-12-07T10:00:00.250+0000");
    assertThat(v.at("/planDueDate/type").asText()).isEqualTo("Date");
  }

  @Test
  void theClockOffsetIsReadAsIsoDurationOrAsSeconds() {
    assertThat(CamundaRates.offset(TextNode.valueOf("PT192H0.5S"))).isEqualTo(Duration.ofHours(192).plusMillis(500));
    assertThat(CamundaRates.offset(DecimalNode.valueOf(new BigDecimal("691200.250000000"))))
        .isEqualTo(Duration.ofSeconds(691200, 250_000_000));
  }
}
