package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A bad-input campaign against hazard-service's write endpoints, through the gateway: jqwik takes
 * a valid body of each endpoint and breaks it (a required field left out, a value of the wrong
 * type, a value outside its enum, a string over its limit, a broken JSON text, another content
 * type). hazard-service's own OpenAPI document ({@code /v3/api-docs}) is the oracle: a request the
 * schema rejects must be refused with 4xx. Whatever the input: never a 5xx, every refusal is
 * problem+json, and a refused request stores no event.
 */
class BadInputFaultIT extends FaultTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ENTERPRISE = "ent-fault-input";

  private static OpenApiInteractionValidator oracle;
  private static String district;
  private static String enterprise;
  private static String mineId;
  private static String hazardId;
  private static final Map<Integer, Integer> statuses = new TreeMap<>();
  private static final AtomicInteger tries = new AtomicInteger();
  private static final AtomicInteger schemaInvalid = new AtomicInteger();
  private static final AtomicInteger accepted = new AtomicInteger();
  private static final AtomicInteger eventsFromRefused = new AtomicInteger();

  /** One write endpoint and a valid body for it. */
  record Endpoint(String method, String path, String role, String validBody) {}

  /** A broken request: the endpoint, what was done to the body, the body and its content type. */
  record BadRequest(Endpoint endpoint, String mutation, String body, String contentType) {
    @Override
    public String toString() {
      return endpoint.method() + " " + endpoint.path() + " [" + mutation + "] " + contentType + " "
          + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  @BeforeContainer
  static void fixtures() throws Exception {
    useSharedStack();
    district = api.district();
    enterprise = api.enterprise(ENTERPRISE);
    mineId = api.registerMine(district, ENTERPRISE);
    hazardId = Api.created(api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, "Bad input fixture")));
    HttpResponse<String> docs = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.config.hazardPort() + "/v3/api-docs"))
            .header("Authorization", "Bearer " + district).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
    oracle = OpenApiInteractionValidator.createForInlineApiSpecification(docs.body()).build();
  }

  @AfterContainer
  static void summary() {
    System.out.printf(
        "[faults] bad input: %d generated requests, %d invalid by the OpenAPI schema, answers %s, accepted %d,"
            + " events stored by refused requests %d%n",
        tries.get(), schemaInvalid.get(), statuses, accepted.get(), eventsFromRefused.get());
    assertThat(tries.get()).isPositive();
    assertThat(statuses.keySet()).noneMatch(s -> s >= 500);
    assertThat(eventsFromRefused.get()).isZero();
  }

  @Property(tries = 150, shrinking = ShrinkingMode.OFF, seed = "8")
  void brokenRequests_areRefusedAsProblemJson_neverA5xx_andStoreNothing(@ForAll("badRequests") BadRequest bad)
      throws Exception {
    Endpoint endpoint = bad.endpoint();
    String path = endpoint.path().replace("{hazardId}", hazardId);
    String bearer = endpoint.role().equals("district") ? district : enterprise;
    boolean invalid = isSchemaInvalid(endpoint.method(), path, bad.body(), bad.contentType(), bearer);
    long before = store.total();
    HttpResponse<String> response = api.raw(endpoint.method(), path, bearer, bad.contentType(), bad.body());
    long after = store.total();
    tries.incrementAndGet();
    if (invalid) {
      schemaInvalid.incrementAndGet();
    }
    synchronized (statuses) {
      statuses.merge(response.statusCode(), 1, Integer::sum);
    }
    String what = bad + " → " + response.statusCode() + " " + response.body();
    assertThat(response.statusCode()).as(what).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(Api.isProblemJson(response)).as(what).isTrue();
      assertThat(Api.JSON.readTree(response.body()).path("status").asInt()).as(what).isEqualTo(response.statusCode());
      eventsFromRefused.addAndGet((int) (after - before));
      assertThat(after).as("events stored by a refused request: " + what).isEqualTo(before);
    } else {
      accepted.incrementAndGet();
    }
    if (invalid) {
      assertThat(response.statusCode()).as("the schema rejects it: " + what).isBetween(400, 499);
    }
  }

  @Provide
  Arbitrary<BadRequest> badRequests() {
    List<Endpoint> endpoints = endpoints();
    return Arbitraries.of(endpoints).flatMap(endpoint -> {
      ObjectNode valid = parse(endpoint.validBody());
      List<String> fields = fieldPaths(valid, "");
      Arbitrary<String> field = Arbitraries.of(fields);
      return Arbitraries.oneOf(
          field.map(f -> json(endpoint, "without " + f, remove(valid, f))),
          Combinators.combine(field, wrongValues()).as((f, v) -> json(endpoint, f + " := " + v, set(valid, f, v))),
          field.map(f -> json(endpoint, f + " over its limit", set(valid, f, NODES.textNode("x".repeat(5001))))),
          Arbitraries.integers().between(1, Math.max(1, endpoint.validBody().length() - 1))
              .map(cut -> new BadRequest(endpoint, "JSON cut at " + cut, endpoint.validBody().substring(0, cut),
                  "application/json")),
          Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded")
              .map(type -> new BadRequest(endpoint, "content type " + type, endpoint.validBody(), type)),
          Arbitraries.of("", "null", "[]", "42", "\"text\"", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}")
              .map(body -> new BadRequest(endpoint, "body " + (body.length() > 20 ? "deeply nested" : body), body,
                  "application/json")));
    });
  }

  private static Arbitrary<JsonNode> wrongValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(s -> (JsonNode) NODES.textNode("NOT_A_" + s)),
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.just((JsonNode) NODES.numberNode(new java.math.BigInteger("9".repeat(40)))),
        Arbitraries.just((JsonNode) NODES.booleanNode(true)),
        Arbitraries.just((JsonNode) NODES.objectNode().put("nested", "object")),
        Arbitraries.just((JsonNode) NODES.arrayNode().add(1).add("two")),
        Arbitraries.of("2026-13-45T99:99:99Z", "yesterday", "-1", "１２３", "\u0000\u202e", "<script>alert(1)</script>")
            .map(s -> (JsonNode) NODES.textNode(s)));
  }

  private static List<Endpoint> endpoints() {
    String later = Instant.now().plus(Duration.ofDays(30)).toString();
    return List.of(
        new Endpoint("POST", "/api/mines", "district", """
            {"name":"Input Pit","enterpriseId":"%s","enterpriseName":"Input Co.","townCode":"%s","type":"OPEN_PIT",
             "facts":{"slopeHeightMetres":80,"onlineSlopeMonitoring":true,"slopeStabilityAnalysisDone":true}}"""
            .formatted(ENTERPRISE, Api.TOWN_CODE)),
        new Endpoint("POST", "/api/hazards", "enterprise", Api.hazardBody("{mineId}", "Generated")),
        new Endpoint("POST", "/api/hazards/{hazardId}/classification", "district",
            "{\"level\":\"GENERAL\",\"criteria\":[\"OP-07.1\"],\"reason\":\"checked\"}"),
        new Endpoint("PUT", "/api/hazards/{hazardId}/plan", "enterprise", """
            {"measures":["Scale loose rock"],"funds":{"amountCny":10000,"source":"Safety budget"},"deadline":"%s",
             "responsibility":{"person":"Qian Qi","position":"Foreman","unit":"North pit"},
             "contingencyPlan":{"summary":"Close the ramp","documentRef":"doc://plans/ramp"}}""".formatted(later)),
        new Endpoint("POST", "/api/hazards/{hazardId}/progress", "enterprise",
            "{\"note\":\"half\",\"percent\":50,\"evidenceRefs\":[\"photo://1\"]}"),
        new Endpoint("POST", "/api/hazards/{hazardId}/deadline-extensions", "enterprise",
            "{\"requestedDeadline\":\"%s\",\"reason\":\"rain\"}".formatted(later)),
        new Endpoint("POST", "/api/orders", "district", """
            {"mineId":"{mineId}","type":"RECTIFY_WITHIN_DEADLINE","citedHazardIds":["{hazardId}"],
             "deadline":"%s","legalBasis":"Work Safety Law art. 65"}""".formatted(later)),
        new Endpoint("POST", "/api/tips", "enterprise",
            "{\"what\":\"Night blasting without warning\",\"where\":\"north pit\",\"townCode\":\"%s\"}"
                .formatted(Api.TOWN_CODE)));
  }

  private BadRequest json(Endpoint endpoint, String mutation, JsonNode body) {
    return new BadRequest(endpoint, mutation, body.toString(), "application/json");
  }

  private static boolean isSchemaInvalid(String method, String path, String body, String contentType, String bearer) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path)
        .withHeader("Authorization", "Bearer " + bearer)
        .withBody(body);
    if (contentType != null) {
      request.withContentType(contentType);
    }
    ValidationReport report = oracle.validateRequest(request.build());
    return report.getMessages().stream()
        .anyMatch(m -> m.getLevel() == ValidationReport.Level.ERROR && m.getKey().startsWith("validation.request.body"));
  }

  private ObjectNode parse(String body) {
    try {
      String withIds = body.replace("{mineId}", mineId).replace("{hazardId}", hazardId);
      return (ObjectNode) Api.JSON.readTree(withIds);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every field of the body as a slash path ("funds/amountCny", "measures/0"). */
  private static List<String> fieldPaths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        paths.add(prefix + name);
        paths.addAll(fieldPaths(object.get(name), prefix + name + "/"));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        paths.add(prefix + i);
        paths.addAll(fieldPaths(array.get(i), prefix + i + "/"));
      }
    }
    return paths;
  }

  private static JsonNode remove(ObjectNode valid, String path) {
    ObjectNode copy = valid.deepCopy();
    JsonNode parent = parentOf(copy, path);
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (parent instanceof ObjectNode o) {
      o.remove(last);
    } else if (parent instanceof ArrayNode a) {
      a.remove(Integer.parseInt(last));
    }
    return copy;
  }

  private static JsonNode set(ObjectNode valid, String path, JsonNode value) {
    ObjectNode copy = valid.deepCopy();
    JsonNode parent = parentOf(copy, path);
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    }
    return copy;
  }

  private static JsonNode parentOf(JsonNode root, String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? root : root.at("/" + path.substring(0, slash));
  }
}
