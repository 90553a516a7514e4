package io.shouwei.reporting.query;

import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.planned;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.ServiceIT;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.MineStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The query API over HTTP with signed tokens: every role on every endpoint sees exactly its scope,
 * a foreign object answers like a missing one, a foreign filter finds nothing of theirs, bad
 * parameters are 400 problems naming them, and overdue follows the clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiIT extends ServiceIT {

  /** Keeps this class's objects apart from the others' in the shared database. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private final String entA = "ent-a-" + run;
  private final String entB = "ent-b-" + run;
  private final String town1 = "town-1-" + run;
  private final String town2 = "town-2-" + run;
  private final String hazardA = "hz-a-" + run;
  private final String hazardB = "hz-b-" + run;
  private final String mineA = "mine-a-" + run;
  private final String mineB = "mine-b-" + run;

  @Autowired HazardStore hazards;
  @Autowired MineStore mines;

  @BeforeAll
  void objects() {
    mines.project(mineEvent(mineA, 0, mineRegistered(mineA, entA, town1, MineType.OPEN_PIT)));
    mines.project(mineEvent(mineB, 0, mineRegistered(mineB, entB, town2, MineType.UNDERGROUND)));
    report(hazardA, mineA, entA, town1);
    hazards.project(hazardEvent(hazardA, 1, planned(hazardA)));
    report(hazardB, mineB, entB, town2);
  }

  @Test
  void everyRole_onEveryEndpoint_seesExactlyItsScope() throws Exception {
    Map<String, List<String>> hazardsSeen =
        Map.of(
            district(), List.of(hazardA, hazardB),
            auditor(), List.of(hazardA, hazardB),
            admin(), List.of(hazardA, hazardB),
            enterprise(entA), List.of(hazardA),
            enterprise(entB), List.of(hazardB),
            town(town1), List.of(hazardA),
            town(town2), List.of(hazardB),
            superior(entB), List.of(hazardB),
            superior(entA, entB), List.of(hazardA, hazardB),
            superior(), List.of());

    for (var caller : hazardsSeen.entrySet()) {
      String token = caller.getKey();
      List<String> hazardIds = caller.getValue();
      List<String> mineIds = hazardIds.stream().map(h -> h.equals(hazardA) ? mineA : mineB).toList();

      assertThat(ids(get("/api/reports/hazards?q=" + run, token))).containsExactlyInAnyOrderElementsOf(hazardIds);
      assertThat(ids(get("/api/reports/mines?q=" + run, token))).containsExactlyInAnyOrderElementsOf(mineIds);
      for (String id : List.of(hazardA, hazardB)) {
        assertThat(get("/api/reports/hazards/" + id, token).statusCode()).isEqualTo(hazardIds.contains(id) ? 200 : 404);
      }
      for (String id : List.of(mineA, mineB)) {
        assertThat(get("/api/reports/mines/" + id, token).statusCode()).isEqualTo(mineIds.contains(id) ? 200 : 404);
      }
    }
  }

  @Test
  void foreignObject_answersExactlyLikeAMissingOne_onEveryReadEndpoint() throws Exception {
    for (String path : List.of("/api/reports/hazards/", "/api/reports/mines/")) {
      String foreignId = path.contains("hazards") ? hazardB : mineB;
      String missingId = "none-" + run;

      HttpResponse<String> foreign = get(path + foreignId, enterprise(entA));
      HttpResponse<String> missing = get(path + missingId, enterprise(entA));

      assertThat(foreign.statusCode()).isEqualTo(404);
      assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(foreign.body().replace(foreignId, "{id}")).isEqualTo(missing.body().replace(missingId, "{id}"));
    }
  }

  @Test
  void foreignFilter_findsNothingOfTheirs() throws Exception {
    assertThat(page(get("/api/reports/hazards?enterprise=" + entB, enterprise(entA))).path("total").asLong()).isZero();
    assertThat(page(get("/api/reports/hazards?town=" + town2, town(town1))).path("total").asLong()).isZero();
    assertThat(page(get("/api/reports/mines?enterprise=" + entB, enterprise(entA))).path("total").asLong()).isZero();
    assertThat(page(get("/api/reports/mines?town=" + town1, superior(entB))).path("total").asLong()).isZero();
  }

  @Test
  void everyEndpoint_wantsAToken() throws Exception {
    for (String path : List.of("/api/reports/hazards", "/api/reports/hazards/" + hazardA, "/api/reports/mines",
        "/api/reports/mines/" + mineA)) {
      assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  void page_hasItemsPageSizeAndTotal() throws Exception {
    JsonNode page = page(get("/api/reports/hazards?q=" + run + "&size=1&page=1&sort=reportedAt,asc", district()));

    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("size").asInt()).isEqualTo(1);
    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(page.path("items")).hasSize(1);
    assertThat(page.path("items").get(0).path("mineType").asText()).isIn("OPEN_PIT", "UNDERGROUND");
  }

  @Test
  void badParameter_is400ProblemJson_namingIt() throws Exception {
    HttpResponse<String> hazardsBad = get("/api/reports/hazards?size=500&level=HUGE", district());
    HttpResponse<String> minesBad = get("/api/reports/mines?type=COAL", district());

    assertThat(hazardsBad.statusCode()).isEqualTo(400);
    assertThat(hazardsBad.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = HazardEvents.JSON.readTree(hazardsBad.body());
    assertThat(problem.path("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("size", "level");
    assertThat(minesBad.statusCode()).isEqualTo(400);
    assertThat(HazardEvents.JSON.readTree(minesBad.body()).path("errors").get(0).path("field").asText()).isEqualTo("type");
  }

  @Test
  void overdue_followsTheClock_overHttp() throws Exception {
    assertThat(ids(get("/api/reports/hazards?overdue=true&q=" + run, district()))).isEmpty();

    clock.set(HazardEvents.DEADLINE.plusSeconds(1));

    assertThat(ids(get("/api/reports/hazards?overdue=true&q=" + run, district()))).containsExactly(hazardA);
    assertThat(HazardEvents.JSON.readTree(get("/api/reports/hazards/" + hazardA, district()).body()).path("overdue").asBoolean())
        .isTrue();
  }

  private void report(String id, String mine, String enterprise, String town) {
    hazards.project(
        hazardEvent(id, 0,
            new HazardReported(id, mine, enterprise, town, "camp-" + run, HazardSource.AGENCY_INSPECTION, "slope",
                "Loose rock", "seen on " + id, "bench 1", HazardEvents.DISCOVERED, Instant.parse("2026-03-02T00:00:00Z"),
                "YH-" + town + "-2026-0001", HazardLevel.GENERAL, List.of(), List.of())));
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
