package io.shouwei.faults;

import static io.shouwei.faults.Api.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two clients send conflicting commands on one hazard at the same moment, both from the version
 * they saw ({@code If-Match}), round after round: exactly one wins each round, the other is told
 * 409 or 412 as problem+json, and the hazard's history in the event store stays linear (gapless
 * sequence numbers, one event per winning command).
 */
class ConcurrentCommandsFaultIT extends FaultTest {

  private static final int ROUNDS = 12;
  private static final String ENTERPRISE = "ent-fault-concurrent";

  private static ExecutorService clients;

  @BeforeAll
  static void startClients() {
    clients = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopClients() {
    clients.shutdownNow();
  }

  @Test
  @Timeout(180)
  void conflictingCommands_oneWinsEachRound_theOtherIsRefused_andTheHistoryStaysLinear() throws Exception {
    String district = api.district();
    String town = api.town();
    String first = api.token("fault.concurrent.a", "ENTERPRISE", "[]", ENTERPRISE);
    String second = api.token("fault.concurrent.b", "ENTERPRISE", "[]", ENTERPRISE);
    String mineId = api.registerMine(district, ENTERPRISE);
    String hazardId = Api.created(api.call("POST", "/api/hazards", first, Api.hazardBody(mineId, "Concurrent commands")));

    // round 0: two agencies classify the reported hazard differently from version 0
    Round classification = race(
        () -> api.call("POST", "/api/hazards/" + hazardId + "/classification", town,
            "{\"level\":\"GENERAL\",\"reason\":\"town office: loose rock only\"}", "0"),
        () -> api.call("POST", "/api/hazards/" + hazardId + "/classification", district,
            "{\"level\":\"GENERAL\",\"reason\":\"district bureau: minor\"}", "0"));
    classification.assertOneWon();

    long version = 1;
    Api.ok(api.call("PUT", "/api/hazards/" + hazardId + "/plan", first, """
        {"measures":["Scale loose rock"],"funds":{"amountCny":20000,"source":"Safety budget"},
         "deadline":"%s","responsibility":{"person":"Zhao Liu","position":"Pit foreman","unit":"North pit"},
         "contingencyPlan":{"summary":"Close the north ramp on rockfall","documentRef":"doc://plans/north"}}"""
        .formatted(Instant.now().plus(Duration.ofDays(30))), Long.toString(version)));
    version++;
    Api.ok(api.call("POST", "/api/hazards/" + hazardId + "/rectification-start", first, null, Long.toString(version)));
    version++;

    int won = 1;
    int refused = classification.refused();
    for (int round = 1; round <= ROUNDS; round++) {
      String seen = Long.toString(version);
      int percent = round * 5;
      Round progress = race(
          () -> api.call("POST", "/api/hazards/" + hazardId + "/progress", first,
              "{\"note\":\"client A\",\"percent\":" + percent + "}", seen),
          () -> api.call("POST", "/api/hazards/" + hazardId + "/progress", second,
              "{\"note\":\"client B\",\"percent\":" + (percent + 1) + "}", seen));
      progress.assertOneWon();
      won++;
      refused += progress.refused();
      assertThat(JSON.readTree(progress.winner().body()).path("version").asLong()).isEqualTo(version + 1);
      version++;
    }

    // without If-Match: both submit the completion; the state allows it once
    Round completion = race(
        () -> api.call("POST", "/api/hazards/" + hazardId + "/completion", first, "{\"evidenceRefs\":[\"photo://a\"]}"),
        () -> api.call("POST", "/api/hazards/" + hazardId + "/completion", second, "{\"evidenceRefs\":[\"photo://b\"]}"));
    completion.assertOneWon();
    won++;
    refused += completion.refused();
    version++;

    List<Long> sequences = store.sequences(hazardId);
    long commandsSent = 2L * (ROUNDS + 2) + 3;
    System.out.printf(
        "[faults] concurrent commands: %d rounds of 2 conflicting commands (+ report, plan, start): sent %d,"
            + " won %d, refused %d; events stored %d, sequences %s%n",
        ROUNDS + 2, commandsSent, won, refused, sequences.size(), sequences);
    assertThat(refused).isEqualTo(ROUNDS + 2);
    // the report, the plan, the start and one event per winning command
    assertThat(sequences).containsExactlyElementsOf(LongStream.range(0, won + 3).boxed().toList());
    assertThat(sequences.get(sequences.size() - 1)).isEqualTo(version);
    JsonNode hazard = Api.ok(api.call("GET", "/api/hazards/" + hazardId, first, null));
    assertThat(hazard.path("version").asLong()).isEqualTo(version);
    assertThat(hazard.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(hazard.path("progressPercent").asInt()).isIn(ROUNDS * 5, ROUNDS * 5 + 1, 100);
  }

  @FunctionalInterface
  private interface Command {
    HttpResponse<String> send() throws Exception;
  }

  /** Both answers of one round. */
  private record Round(List<HttpResponse<String>> answers) {

    HttpResponse<String> winner() {
      return answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
    }

    int refused() {
      return (int) answers.stream().filter(r -> r.statusCode() != 200).count();
    }

    void assertOneWon() {
      List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
      assertThat(statuses).as(answers.stream().map(HttpResponse::body).toList().toString())
          .containsOnlyOnce(200)
          .hasSize(2);
      HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
      assertThat(loser.statusCode()).as(loser.body()).isIn(409, 412);
      assertThat(Api.isProblemJson(loser)).as(loser.headers().map().toString()).isTrue();
    }
  }

  /** Sends both commands at the same moment (released together by a latch). */
  private static Round race(Command a, Command b) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    for (Command command : List.of(a, b)) {
      futures.add(clients.submit(() -> {
        go.await();
        return command.send();
      }));
    }
    go.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> f : futures) {
      answers.add(f.get());
    }
    return new Round(answers);
  }
}
