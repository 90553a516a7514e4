package io.shouwei.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.ServiceIT;
import io.shouwei.reporting.projection.AggregateProjection;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The order, tip, campaign-summary and town-ledger endpoints over HTTP with signed tokens, over
 * the {@link CampaignFixture}: every role on every endpoint sees exactly its scope, a foreign object
 * answers like a missing one, a foreign filter finds nothing of theirs, and tips are kept from the
 * roles that may not read them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIT extends ServiceIT {

  private final CampaignFixture fixture = new CampaignFixture(UUID.randomUUID().toString().substring(0, 8));

  @Autowired List<AggregateProjection> projections;

  @BeforeAll
  void objects() {
    for (EventEnvelope<?> event : fixture.events()) {
      projections.stream().filter(p -> p.aggregateType().equals(event.aggregateType())).forEach(p -> p.project(event));
    }
  }

  @BeforeEach
  void fixtureTime() {
    clock.set(CampaignFixture.NOW);
  }

  @Test
  void orders_everyRole_seesExactlyItsScope() throws Exception {
    List<String> ofA = List.of(fixture.id("o1"), fixture.id("o3"), fixture.id("o4"));
    List<String> ofT2 = List.of(fixture.id("o2"), fixture.id("o5"), fixture.id("o6"), fixture.id("o7"));
    List<String> all = new ArrayList<>(ofA);
    all.addAll(ofT2);
    Map<String, List<String>> seen =
        Map.of(
            district(), all, auditor(), all, admin(), all,
            enterprise(fixture.entA), ofA,
            enterprise(fixture.entC), List.of(fixture.id("o5")),
            town(fixture.t1), ofA,
            town(fixture.t2), ofT2,
            superior(fixture.entB, fixture.entC), ofT2,
            superior(), List.of());

    for (var caller : seen.entrySet()) {
      String token = caller.getKey();
      assertThat(ids(get("/api/reports/orders?size=50&q=" + fixture.run, token)))
          .containsExactlyInAnyOrderElementsOf(caller.getValue());
      for (String id : all) {
        assertThat(get("/api/reports/orders/" + id, token).statusCode())
            .isEqualTo(caller.getValue().contains(id) ? 200 : 404);
      }
    }
  }

  @Test
  void foreignOrder_answersExactlyLikeAMissingOne_andAForeignFilterFindsNothing() throws Exception {
    String foreignId = fixture.id("o2");
    String missingId = "none-" + fixture.run;

    HttpResponse<String> foreign = get("/api/reports/orders/" + foreignId, enterprise(fixture.entA));
    HttpResponse<String> missing = get("/api/reports/orders/" + missingId, enterprise(fixture.entA));

    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(foreign.body().replace(foreignId, "{id}")).isEqualTo(missing.body().replace(missingId, "{id}"));
    assertThat(page(get("/api/reports/orders?enterprise=" + fixture.entB, enterprise(fixture.entA))).path("total").asLong())
        .isZero();
    assertThat(page(get("/api/reports/orders?town=" + fixture.t2, town(fixture.t1))).path("total").asLong()).isZero();
  }

  @Test
  void tips_areStatusOnly_forTheAgenciesAuditorsAndAdmins_andForbiddenToTheOthers() throws Exception {
    JsonNode forDistrict = page(get("/api/reports/tips?town=" + fixture.t1, district()));
    JsonNode forTown = page(get("/api/reports/tips?town=" + fixture.t1, town(fixture.t1)));

    assertThat(forDistrict.path("total").asLong()).isEqualTo(3);
    assertThat(forDistrict.path("byStatus").path("CONVERTED").asLong()).isEqualTo(1);
    assertThat(forTown).isEqualTo(forDistrict);
    assertThat(page(get("/api/reports/tips?town=" + fixture.t1, town(fixture.t2))).path("total").asLong()).isZero();
    assertThat(page(get("/api/reports/tips?town=" + fixture.t1, auditor())).path("total").asLong()).isEqualTo(3);
    assertThat(page(get("/api/reports/tips?town=" + fixture.t1, admin())).path("total").asLong()).isEqualTo(3);
    String body = get("/api/reports/tips?town=" + fixture.t1, district()).body();
    assertThat(body).doesNotContain("blasting").doesNotContain("north pit").doesNotContain("nothing found");
    List<String> fields = new ArrayList<>();
    forDistrict.path("items").get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("id", "status", "townCode", "receivedAt", "triagedAt", "hazardId", "version");

    for (String token : List.of(enterprise(fixture.entA), superior(fixture.entA), service())) {
      HttpResponse<String> forbidden = get("/api/reports/tips", token);
      assertThat(forbidden.statusCode()).isEqualTo(403);
      assertThat(forbidden.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(HazardEvents.JSON.readTree(forbidden.body()).path("type").asText())
          .isEqualTo("https://shouwei.io/problems/forbidden");
    }
  }

  @Test
  void campaignSummary_countsForEachRoleItsOwnSubset() throws Exception {
    Map<String, Long> totals =
        Map.of(
            district(), 13L, auditor(), 13L, admin(), 13L,
            enterprise(fixture.entA), 7L,
            enterprise(fixture.entB), 4L,
            town(fixture.t2), 6L,
            town(fixture.t3), 0L,
            superior(fixture.entC), 2L);

    for (var caller : totals.entrySet()) {
      JsonNode summary = page(get("/api/reports/campaigns/" + fixture.campaign + "/summary", caller.getKey()));
      assertThat(summary.path("totals").path("total").asLong()).isEqualTo(caller.getValue());
      assertThat(summary.path("campaign").path("id").asText()).isEqualTo(fixture.campaign);
    }
    JsonNode district = page(get("/api/reports/campaigns/" + fixture.campaign + "/summary", district()));
    assertThat(district.path("totals").path("closureRate").decimalValue()).isEqualByComparingTo("0.7692");
    assertThat(district.path("funds").path("totalCny").decimalValue()).isEqualByComparingTo("251100.90");
    assertThat(district.path("daysToSignOff").path("p90Days").decimalValue()).isEqualByComparingTo("12.50");
    assertThat(district.path("byLevel").path("MAJOR").path("total").asLong()).isEqualTo(5);
    assertThat(district.path("tips").path("received").asLong()).isEqualTo(4);
    JsonNode forEnterprise = page(get("/api/reports/campaigns/" + fixture.campaign + "/summary", enterprise(fixture.entA)));
    assertThat(forEnterprise.path("tips").isNull()).isTrue();
    assertThat(forEnterprise.path("byTown").has(fixture.t2)).isFalse();
    assertThat(get("/api/reports/campaigns/none-" + fixture.run + "/summary", district()).statusCode()).isEqualTo(404);
  }

  @Test
  void townLedger_forEachRole_andAnotherTownIs404ForATownAgency() throws Exception {
    String t1 = "/api/reports/towns/" + fixture.t1 + "/ledger";
    Map<String, List<String>> seen =
        Map.of(
            district(), List.of(fixture.m1, fixture.m2), auditor(), List.of(fixture.m1, fixture.m2),
            admin(), List.of(fixture.m1, fixture.m2), town(fixture.t1), List.of(fixture.m1, fixture.m2),
            enterprise(fixture.entA), List.of(fixture.m1, fixture.m2), enterprise(fixture.entB), List.of(),
            superior(fixture.entB), List.of());

    for (var caller : seen.entrySet()) {
      List<String> mines = new ArrayList<>();
      page(get(t1, caller.getKey())).path("mines").forEach(m -> mines.add(m.path("id").asText()));
      assertThat(mines).isEqualTo(caller.getValue());
    }
    JsonNode ledger = page(get(t1, town(fixture.t1)));
    assertThat(ledger.path("totals").path("openHazards").asLong()).isEqualTo(3);
    assertThat(ledger.path("mines").get(0).path("openHazards").get(0).path("overdue").asBoolean()).isTrue();

    HttpResponse<String> foreign = get(t1, town(fixture.t2));
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
  }

  @Test
  void everyNewEndpoint_wantsAToken() throws Exception {
    for (String path :
        List.of("/api/reports/orders", "/api/reports/orders/" + fixture.id("o1"), "/api/reports/tips",
            "/api/reports/campaigns/" + fixture.campaign + "/summary", "/api/reports/towns/" + fixture.t1 + "/ledger")) {
      assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
    }
  }

  private static String service() {
    return TOKENS.token("u-service", List.of("SERVICE"), "org-service", List.of(), null);
  }

  private static JsonNode page(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return HazardEvents.JSON.readTree(response.body());
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    List<String> ids = new ArrayList<>();
    page(response).path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
