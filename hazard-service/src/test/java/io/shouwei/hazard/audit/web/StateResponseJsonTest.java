package io.shouwei.hazard.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.hazard.web.HazardResponse;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.view.MineView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** A past state is the object's own JSON, plus {@code asOf} when asked for at an instant. */
class StateResponseJsonTest {

  /** As Boot configures it: instants as ISO-8601 text. */
  static final ObjectMapper JSON =
      Jackson2ObjectMapperBuilder.json().featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
  static final Instant AT = Instant.parse("2026-03-02T01:20:00.123Z");
  static final Actor INSPECTOR = new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101");

  static final HazardView HAZARD =
      new HazardView(
          "h-1", "YH-310115101-2026-0001", "mine-7", "ent-a", "310115101", null, HazardSource.AGENCY_INSPECTION,
          "SLOPE", "Crack", "A crack.", "North pit", AT.minusSeconds(3600), AT, HazardStatus.SIGNED_OFF, 4, INSPECTOR,
          HazardLevel.MAJOR, List.of("OP-08.1"), List.of(), HazardLevel.MAJOR, List.of("OP-08.1"), "Confirmed on site",
          new FiveItemPlan(
              List.of("Install radar"), new FiveItemPlan.Funds(new BigDecimal("850000.50"), "Budget"), AT,
              new FiveItemPlan.Responsibility("Wang", "Manager", "North pit"),
              new FiveItemPlan.ContingencyPlan("Evacuate", "doc://p")),
          AT, 100, new HazardView.SignOff(INSPECTOR, AT), null);

  static final MineView MINE =
      new MineView(
          "m-1", "北山露天采石场", "ent-a", "Beishan Co.", "310115101", MineType.OPEN_PIT,
          new MineFacts(210.5, false, true, null, null, null, null, Map.of("benchCount", 14)),
          ProductionStatus.STOPPED_BY_ORDER, List.of("order-1"), null, AT, AT.plusSeconds(60), 1, INSPECTOR);

  @Test
  void hazardAsOf_isTheHazardsFields_plusAsOf() {
    JsonNode own = JSON.valueToTree(HazardResponse.of(HAZARD));
    ObjectNode past = JSON.valueToTree(HazardStateResponse.of(HAZARD, AT));

    assertThat(past.get("asOf").asText()).isEqualTo("2026-03-02T01:20:00.123Z");
    assertThat((JsonNode) past.deepCopy().without("asOf")).isEqualTo(own);
    assertThat(own.has("asOf")).isFalse();
    assertThat(own.get("status").asText()).isEqualTo("SIGNED_OFF");
    assertThat(own.get("version").asLong()).isEqualTo(4);
    assertThat(own.get("signedOff").get("userId").asText()).isEqualTo("inspector-li");
    assertThat(own.get("plan").get("funds").get("amountCny").decimalValue()).isEqualByComparingTo("850000.50");
    assertThat(own.get("campaignId").isNull()).as("nulls are kept").isTrue();
  }

  @Test
  void hazardAtVersion_isExactlyTheHazardsFields() {
    assertThat((JsonNode) JSON.valueToTree(HazardStateResponse.of(HAZARD, null)))
        .isEqualTo(JSON.valueToTree(HazardResponse.of(HAZARD)));
  }

  @Test
  void mineAsOf_isTheMinesFields_plusAsOf() {
    JsonNode own = JSON.valueToTree(io.shouwei.hazard.mine.web.MineResponse.of(MINE));
    ObjectNode past = JSON.valueToTree(MineStateResponse.of(MINE, AT));

    assertThat((JsonNode) past.deepCopy().without("asOf")).isEqualTo(own);
    assertThat(past.get("asOf").asText()).isEqualTo("2026-03-02T01:20:00.123Z");
    assertThat(own.get("facts").get("slopeHeightMetres").asDouble()).isEqualTo(210.5);
    assertThat(own.get("facts").get("other").get("benchCount").asLong()).isEqualTo(14);
    assertThat(own.get("stoppedByOrderIds").get(0).asText()).isEqualTo("order-1");
    assertThat(own.get("registeredBy").get("role").asText()).isEqualTo("TOWN_AGENCY");
    assertThat((JsonNode) JSON.valueToTree(MineStateResponse.of(MINE, null))).isEqualTo(own);
  }
}
