package io.shouwei.hazard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/** The steps the order tests take through the API: hazards to cite, their sign-off, order bodies. */
final class OrderSteps {

  private OrderSteps() {}

  /** Reports a hazard on the mine (suggested GENERAL on an ordinary pit) and answers its id. */
  static String reportHazard(Api api, String agency, String mineId) {
    HttpResponse<String> reported = api.post("/api/hazards", agency, null, Api.reportBody(mineId, "北帮台阶坡顶裂缝"));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    return Api.json(reported).get("id").asText();
  }

  /** Plans, rectifies and signs off a general hazard as its enterprise. */
  static void signOff(Api api, String enterprise, String hazardId) {
    String path = "/api/hazards/" + hazardId;
    ok(api.exchange("PUT", path + "/plan", enterprise, """
        {"measures": ["Fence off the crest of bench 4"], "deadline": "%s",
         "responsibility": {"person": "Zhang San", "position": "Safety manager", "unit": "North pit"}}
        """.formatted(Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS))));
    ok(api.exchange("POST", path + "/rectification-start", enterprise, null));
    ok(api.exchange("POST", path + "/completion", enterprise, "{\"evidenceRefs\": [\"photo://fence\"]}"));
    ok(api.exchange("POST", path + "/verification", enterprise, "{\"outcome\": \"ACCEPT\"}"));
  }

  /** A valid issue body; {@code more} (e.g. {@code "acknowledgementDeadline": "…"}) as further fields. */
  static String issueBody(String mineId, String type, List<String> hazardIds, String more) {
    return """
        {"mineId": "%s", "type": "%s", "citedHazardIds": [%s], "deadline": "%s",
         "legalBasis": "《安全生产法》第六十五条"%s}
        """.formatted(mineId, type,
            hazardIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")),
            Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS),
            more.isBlank() ? "" : ", " + more);
  }

  static String issueBody(String mineId, String type, List<String> hazardIds) {
    return issueBody(mineId, type, hazardIds, "");
  }

  /** Issues an order that must succeed and answers its id. */
  static String issue(Api api, String agency, String body) {
    HttpResponse<String> issued = api.post("/api/orders", agency, null, body);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return Api.json(issued).get("id").asText();
  }

  static String applicationBody() {
    return "{\"rectificationReportRef\": \"doc://reports/rectification-7\","
        + " \"assessmentReportRef\": \"doc://reports/assessment-7\"}";
  }

  /** The answer, which must be 200 or 201, as JSON. */
  static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return Api.json(response);
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.contentType(response)).startsWith("application/problem+json");
    assertThat(Api.json(response).get("status").asInt()).isEqualTo(status);
    assertThat(Api.json(response).get("type").asText()).isEqualTo("https://shouwei.io/problems/" + type);
  }
}
