package io.shouwei.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.ServiceIT;
import io.shouwei.reporting.projection.AggregateProjection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work report endpoint over HTTP with signed tokens, over the {@link CampaignFixture}: every
 * format's media type and file name, every role's scope and foreign filters, and the errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkReportApiIT extends ServiceIT {

  private final CampaignFixture fixture = new CampaignFixture(UUID.randomUUID().toString().substring(0, 8));
  private final HttpClient http = HttpClient.newHttpClient();

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
  void everyFormat_hasItsMediaType_andAFileNamedAfterTheCampaign() throws Exception {
    String name = ReportFileName.rfc5987("2026 spring non-coal mine hazard campaign工作报告");
    Map<String, List<String>> formats =
        Map.of(
            "json", List.of("application/json", "inline"),
            "csv", List.of("text/csv;charset=UTF-8", "attachment"),
            "xlsx", List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attachment"),
            "html", List.of("text/html;charset=UTF-8", "inline"),
            "pdf", List.of("application/pdf", "attachment"));

    for (var format : formats.entrySet()) {
      HttpResponse<byte[]> response = bytes(path("?format=" + format.getKey()), district());
      assertThat(response.statusCode()).as(format.getKey()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains(format.getValue().get(0));
      assertThat(response.headers().firstValue("Content-Disposition")).contains(
          format.getValue().get(1) + "; filename=\"work-report-" + fixture.campaign + "." + format.getKey()
              + "\"; filename*=UTF-8''" + name + "." + format.getKey());
    }
    assertThat(new String(bytes(path("?format=pdf"), district()).body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(bytes(path("?format=xlsx"), district()).body()).startsWith('P', 'K');
    assertThat(bytes(path("?format=csv"), district()).body()).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(bytes(path("?format=csv&town=" + fixture.t2), district()).headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).endsWith(ReportFileName.rfc5987("工作报告-" + fixture.t2) + ".csv"));
  }

  @Test
  void json_isTheReportModel() throws Exception {
    JsonNode report = json(path(""), district());

    assertThat(report.path("campaign").path("name").asText()).isEqualTo("2026 spring non-coal mine hazard campaign");
    assertThat(report.path("campaign").path("reportDueDate").asText()).isEqualTo("2026-07-10");
    assertThat(report.path("generatedAt").asText()).isEqualTo("2026-06-15T00:00:00Z");
    assertThat(report.path("figures").path("totals").path("total").asLong()).isEqualTo(13);
    assertThat(report.path("figures").path("totals").path("closureRate").decimalValue()).isEqualByComparingTo("0.7692");
    assertThat(report.path("figures").path("funds").path("totalCny").decimalValue()).isEqualByComparingTo("251100.90");
    assertThat(report.path("majorHazards")).hasSize(5);
    assertThat(report.path("majorHazards").get(0).path("measures").get(0).asText()).isEqualTo("fix it");
    assertThat(report.path("orders")).hasSize(6);
    assertThat(report.path("overdue")).hasSize(3);
    assertThat(report.path("reopened")).hasSize(2);
    assertThat(report.path("towns")).hasSize(3);
    assertThat(report.path("dataPosition").path("documents").asLong()).isEqualTo(20);
  }

  @Test
  void everyRole_getsItsOwnSubset_andAForeignFilterFindsNothingOfTheirs() throws Exception {
    Map<String, Long> totals =
        Map.of(
            district(), 13L, auditor(), 13L, admin(), 13L,
            enterprise(fixture.entA), 7L,
            enterprise(fixture.entB), 4L,
            town(fixture.t2), 6L,
            town(fixture.t3), 0L,
            superior(fixture.entC), 2L);

    for (var caller : totals.entrySet()) {
      assertThat(json(path(""), caller.getKey()).path("figures").path("totals").path("total").asLong())
          .isEqualTo(caller.getValue());
    }
    JsonNode foreignTown = json(path("?town=" + fixture.t2), town(fixture.t1));
    JsonNode foreignEnterprise = json(path("?enterprise=" + fixture.entB), enterprise(fixture.entA));
    JsonNode foreignGroup = json(path("?enterprise=" + fixture.entA), superior(fixture.entB));
    for (JsonNode nothing : List.of(foreignTown, foreignEnterprise, foreignGroup)) {
      assertThat(nothing.path("figures").path("totals").path("total").asLong()).isZero();
      assertThat(nothing.path("towns")).isEmpty();
      assertThat(nothing.path("majorHazards")).isEmpty();
      assertThat(nothing.path("orders")).isEmpty();
    }
    assertThat(json(path("?town=" + fixture.t1), district()).path("figures").path("totals").path("total").asLong())
        .isEqualTo(7);
    String forEnterprise = new String(bytes(path("?format=csv"), enterprise(fixture.entA)).body(), StandardCharsets.UTF_8);
    assertThat(forEnterprise).contains("\n" + fixture.t1 + ",7,").doesNotContain("\n" + fixture.t2 + ",")
        .contains("YH-" + fixture.id("h2")).doesNotContain("YH-" + fixture.id("h4"));
  }

  @Test
  void anUnknownFormat_is400_anUnknownCampaign_404_andNoToken_401() throws Exception {
    HttpResponse<String> unknownFormat = get(path("?format=docx"), district());
    assertThat(unknownFormat.statusCode()).isEqualTo(400);
    assertThat(unknownFormat.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = HazardEvents.JSON.readTree(unknownFormat.body());
    assertThat(problem.path("type").asText()).isEqualTo("https://shouwei.io/problems/invalid-request");
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("format");

    for (String format : List.of("json", "pdf")) {
      HttpResponse<String> missing =
          get("/api/reports/campaigns/none-" + fixture.run + "/work-report?format=" + format, district());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
    }
    assertThat(get(path("?format=pdf"), null).statusCode()).isEqualTo(401);
  }

  private String path(String query) {
    return "/api/reports/campaigns/" + fixture.campaign + "/work-report" + query;
  }

  private JsonNode json(String path, String token) throws Exception {
    HttpResponse<String> response = get(path, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return HazardEvents.JSON.readTree(response.body());
  }

  private HttpResponse<byte[]> bytes(String path, String token) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
            .GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
