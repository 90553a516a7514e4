package io.shouwei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The few calls of Shouwei's API the benchmarks make, with the bodies the tour uses. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOWN_CODE = "370406001";

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String gateway;

  final String enterpriseToken;
  final String townToken;
  final String districtToken;
  final String auditorToken;
  final String adminToken;

  Api(String gateway) {
    this.gateway = gateway;
    enterpriseToken = token("{\"sub\":\"bench.ent\",\"roles\":[\"ENTERPRISE\"],\"org\":\"ent-bench\",\"towns\":[],\"enterprise\":\"ent-bench\"}");
    townToken = token("{\"sub\":\"bench.town\",\"roles\":[\"TOWN_AGENCY\"],\"org\":\"town-office\",\"towns\":[\"" + TOWN_CODE + "\"]}");
    districtToken = token("{\"sub\":\"bench.district\",\"roles\":[\"DISTRICT_AGENCY\"],\"org\":\"bureau\",\"towns\":[]}");
    auditorToken = token("{\"sub\":\"bench.auditor\",\"roles\":[\"AUDITOR\"],\"org\":\"audit\",\"towns\":[]}");
    adminToken = token("{\"sub\":\"bench.admin\",\"roles\":[\"ADMIN\"],\"org\":\"ops\",\"towns\":[]}");
  }

  HttpClient http() {
    return http;
  }

  private String token(String claims) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(gateway + "/auth/dev-token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(claims)).build());
    return read(r, 200).get("access_token").asText();
  }

  /** A mine of the bench enterprise whose facts make its hazards general (not major). */
  String registerMine() {
    String body = "{\"name\":\"Bench Mine " + UUID.randomUUID() + "\",\"enterpriseId\":\"ent-bench\","
        + "\"enterpriseName\":\"Bench Mining Co.\",\"townCode\":\"" + TOWN_CODE + "\",\"type\":\"OPEN_PIT\","
        + "\"facts\":{\"slopeHeightMetres\":40,\"onlineSlopeMonitoring\":true,\"slopeStabilityAnalysisDone\":true}}";
    return read(send(post(gateway + "/api/mines", districtToken, body)), 201).get("id").asText();
  }

  static String reportBody(String mineId) {
    return "{\"mineId\":\"" + mineId + "\",\"source\":\"SELF_INSPECTION\",\"category\":\"OPEN_PIT_SLOPE\","
        + "\"title\":\"Loose rock on bench 2\",\"description\":\"loose rock above the haul road\","
        + "\"location\":\"north pit, level 2\",\"discoveredAt\":\"" + Instant.now().minusSeconds(3600) + "\"}";
  }

  static String planBody() {
    return "{\"measures\":[\"Scale the loose rock\"],\"funds\":{\"amountCny\":5000,\"source\":\"safety fund\"},"
        + "\"deadline\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\","
        + "\"responsibility\":{\"person\":\"Zhang San\",\"position\":\"pit foreman\",\"unit\":\"Bench Mining Co.\"}}";
  }

  static final String COMPLETION_BODY = "{\"evidenceRefs\":[\"photo://bench-2-scaled\"]}";
  static final String SIGN_OFF_BODY = "{\"outcome\":\"ACCEPT\",\"reason\":\"checked on site\"}";

  static String progressBody(int percent) {
    return "{\"note\":\"progress\",\"percent\":" + percent + "}";
  }

  String reportHazard(String base, String mineId) {
    return read(send(post(base + "/api/hazards", enterpriseToken, reportBody(mineId))), 201).get("id").asText();
  }

  HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).GET().build();
  }

  HttpRequest post(String url, String token, String body) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  HttpRequest put(String url, String token, String body) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  HttpRequest delete(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).DELETE().build();
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + " (expected " + expected + "): " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
