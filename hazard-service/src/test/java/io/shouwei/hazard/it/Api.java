package io.shouwei.hazard.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the service under test, and the bodies the tests send. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> post(String path, String token, String correlationId, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (correlationId != null) {
      request.header("X-Correlation-Id", correlationId);
    }
    return send(request.build());
  }

  HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /**
   * Any request with a JSON body (or none, when {@code body} is {@code null}) and extra headers,
   * given as name, value, name, value, …
   */
  HttpResponse<String> exchange(String method, String path, String token, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Facts of an open pit that meet no criterion of the standard: its hazards are suggested GENERAL. */
  public static final String ORDINARY_PIT_FACTS =
      "{\"slopeHeightMetres\": 60, \"onlineSlopeMonitoring\": true, \"slopeStabilityAnalysisDone\": true}";

  /**
   * Registers a mine through {@code POST /api/mines} as {@code token} (an agency of its town, the
   * district or an administrator) and answers its id.
   *
   * @param type {@code UNDERGROUND}, {@code OPEN_PIT}, {@code TAILINGS_POND} or {@code OTHER}
   * @param facts the facts as a JSON object, e.g. {@link #ORDINARY_PIT_FACTS}
   */
  public String registerMine(String token, String enterpriseId, String townCode, String type, String facts) {
    HttpResponse<String> response = post("/api/mines", token, null, """
        {"name": "北山露天采石场", "enterpriseId": "%s", "enterpriseName": "Enterprise %s",
         "townCode": "%s", "type": "%s", "facts": %s}
        """.formatted(enterpriseId, enterpriseId, townCode, type, facts));
    if (response.statusCode() != 201) {
      throw new AssertionError("registering a mine answered " + response.statusCode() + ": " + response.body());
    }
    return json(response).get("id").asText();
  }

  /**
   * Launches a campaign of the past (the 2022 守卫战's dates) over {@code townCode} through
   * {@code POST /api/campaigns} as {@code token} (the district bureau or an administrator) and
   * answers its id.
   */
  public String launchCampaign(String token, String townCode) {
    HttpResponse<String> response = post("/api/campaigns", token, null, """
        {"name": "非煤矿山安全“守卫战”",
         "jurisdiction": {"districtCode": "370406", "districtName": "枣庄市山亭区", "townCodes": ["%s"]},
         "phases": [
           {"kind": "MOBILISATION", "name": "动员部署阶段", "startDate": "2022-09-07", "endDate": "2022-09-09"},
           {"kind": "CONCENTRATED_PUSH", "name": "集中推进阶段", "startDate": "2022-09-10", "endDate": "2022-10-22"},
           {"kind": "SUMMARY", "name": "总结巩固阶段", "startDate": "2022-10-23", "endDate": "2022-11-06"}],
         "reportDueDate": "2022-11-06", "issuingOrganisation": "枣庄市山亭区应急管理局"}
        """.formatted(townCode));
    if (response.statusCode() != 201) {
      throw new AssertionError("launching a campaign answered " + response.statusCode() + ": " + response.body());
    }
    return json(response).get("id").asText();
  }

  /** A valid report body on the mine; {@code discoveredAt} an hour ago; no facts, nothing cited. */
  public static String reportBody(String mineId, String title) {
    return reportBody(mineId, title, "");
  }

  /**
   * A valid report body on the mine, with {@code more} (e.g. {@code "facts": {…}}) as further
   * fields; {@code discoveredAt} an hour ago.
   */
  public static String reportBody(String mineId, String title, String more) {
    return """
        {"mineId": "%s",
         "source": "AGENCY_INSPECTION", "category": "SLOPE", "title": "%s",
         "description": "A 12 m crack runs along the crest of bench 4.", "location": "North pit, bench 4",
         "discoveredAt": "%s"%s}
        """.formatted(mineId, title, java.time.Instant.now().minus(Duration.ofHours(1)),
            more.isBlank() ? "" : ", " + more);
  }
}
