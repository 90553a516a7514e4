package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** A client of the stack's gateway, as a client system uses it: dev tokens, JSON commands, polling. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOWN_CODE = "370406001";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String gateway;

  Api(FaultStack stack) {
    this.gateway = stack.config.gatewayUrl();
  }

  String district() throws Exception {
    return token("fault.district", "DISTRICT_AGENCY", "[]", null);
  }

  String town() throws Exception {
    return token("fault.town", "TOWN_AGENCY", "[\"" + TOWN_CODE + "\"]", null);
  }

  String admin() throws Exception {
    return token("fault.admin", "ADMIN", "[]", null);
  }

  String enterprise(String enterpriseId) throws Exception {
    return token("fault." + enterpriseId, "ENTERPRISE", "[]", enterpriseId);
  }

  String token(String user, String role, String towns, String enterprise) throws Exception {
    String request = """
        {"sub":"%s","name":"%s","roles":["%s"],"org":"%s","towns":%s,"enterprise":%s}"""
        .formatted(user, user, role, user, towns, enterprise == null ? "null" : "\"" + enterprise + "\"");
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(gateway + "/auth/dev-token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  /** Registers an open pit of {@code enterpriseId} in {@link #TOWN_CODE}; its id. */
  String registerMine(String district, String enterpriseId) throws Exception {
    return created(call("POST", "/api/mines", district, """
        {"name":"Fault Test Pit %s","enterpriseId":"%s","enterpriseName":"Fault Mining Co.",
         "townCode":"%s","type":"OPEN_PIT",
         "facts":{"slopeHeightMetres":120,"onlineSlopeMonitoring":true,"slopeStabilityAnalysisDone":true}}"""
        .formatted(enterpriseId, enterpriseId, TOWN_CODE)));
  }

  static String hazardBody(String mineId, String title) {
    return """
        {"mineId":"%s","source":"SELF_INSPECTION","category":"OPEN_PIT_SLOPE","title":"%s",
         "description":"found on self-inspection","location":"north pit","discoveredAt":"%s"}"""
        .formatted(mineId, title, Instant.now().minus(Duration.ofHours(1)));
  }

  HttpResponse<String> call(String method, String path, String bearer, String body) throws Exception {
    return call(method, path, bearer, body, null);
  }

  HttpResponse<String> call(String method, String path, String bearer, String body, String ifMatch)
      throws Exception {
    return call(method, path, bearer, body, ifMatch, Map.of());
  }

  /** As {@link #call(String, String, String, String, String)}, with more headers (a Content-Type among them replaces JSON). */
  HttpResponse<String> call(
      String method, String path, String bearer, String body, String ifMatch, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
        .timeout(Duration.ofSeconds(30))
        .header("X-Correlation-Id", "fault-" + UUID.randomUUID())
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A raw request (any content type, any body), for the bad-input campaign. */
  HttpResponse<String> raw(String method, String path, String bearer, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String created(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  static JsonNode ok(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static boolean isProblemJson(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
  }

  @FunctionalInterface
  interface Read {
    JsonNode get() throws Exception;
  }

  /** Polls {@code read} every 250 ms until {@code done} holds; fails with the last answer after {@code timeout}. */
  static JsonNode await(Read read, Predicate<JsonNode> done, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = read.get();
      if (last != null && done.test(last)) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not done within " + timeout + "; last answer: " + last);
  }

  /** The body of a 200 answer, or {@code null} for any other status (e.g. 404 while in flight). */
  JsonNode getOrNull(String path, String bearer) throws Exception {
    HttpResponse<String> response = call("GET", path, bearer, null);
    return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
  }
}
