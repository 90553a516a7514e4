package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * hazard-service's PostgreSQL connections are terminated ({@code pg_terminate_backend}) again and
 * again while commands arrive: each command either succeeds or is answered 503 problem+json with
 * {@code Retry-After}; a refused command left nothing behind (no event, no view row), an accepted
 * one exactly its event; and once the drops stop the service takes commands again without a
 * restart.
 */
class DatabaseDropFaultIT extends FaultTest {

  private static final Duration DROPPING = Duration.ofSeconds(12);
  private static final String ENTERPRISE = "ent-fault-database";


  @Test
  @Timeout(180)
  void connectionsDropped_commandsSucceedOrAre503_noneHalfApplied_andTheServiceRecovers() throws Exception {
    String district = api.district();
    String enterprise = api.enterprise(ENTERPRISE);
    String mineId = api.registerMine(district, ENTERPRISE);
    String run = Long.toString(System.nanoTime(), 36);

    AtomicBoolean dropping = new AtomicBoolean(true);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger terminated = new AtomicInteger();
    AtomicInteger rounds = new AtomicInteger();
    CompletableFuture<Void> dropper = CompletableFuture.runAsync(() -> {
      long end = System.nanoTime() + DROPPING.toNanos();
      try {
        while (System.nanoTime() < end && !stop.get()) {
          terminated.addAndGet(store.terminateServiceConnections());
          rounds.incrementAndGet();
          // sometimes right after the pool replaced its connections, sometimes long enough for commands to pass
          Thread.sleep(ThreadLocalRandom.current().nextLong(100, 1500));
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        dropping.set(false);
      }
    });

    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> acceptedReports = new ArrayList<>();
    List<String> refusedTitles = new ArrayList<>();
    List<String> classified = new ArrayList<>();
    List<String> classificationRefused = new ArrayList<>();
    int sent = 0;
    int i = 0;
    try {
      while (dropping.get()) {
        // "#1." is no part of "#10.": each title is found alone in the store
        String title = "DB fault " + run + " #" + i++ + ".";
        HttpResponse<String> report = api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, title));
        sent++;
        count(statuses, report);
        if (report.statusCode() == 201) {
          String id = Api.JSON.readTree(report.body()).path("id").asText();
          acceptedReports.add(id);
          HttpResponse<String> classification = api.call("POST", "/api/hazards/" + id + "/classification", district,
              "{\"level\":\"GENERAL\",\"reason\":\"checked\"}", "0");
          sent++;
          count(statuses, classification);
          (classification.statusCode() == 200 ? classified : classificationRefused).add(id);
        } else {
          refusedTitles.add(title);
        }
      }
    } finally {
      // a failing assertion must not leave the drops running into the next test
      stop.set(true);
      dropper.get();
    }

    // recovery: no restart, the next commands go through (the pool replaces its dead connections)
    long began = System.nanoTime();
    HttpResponse<String> first;
    int attempts = 0;
    do {
      attempts++;
      first = api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, "DB fault " + run + " after"));
      if (first.statusCode() != 201) {
        assertUnavailable(first);
        Thread.sleep(500);
      }
    } while (first.statusCode() != 201 && System.nanoTime() - began < Duration.ofSeconds(30).toNanos());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    long recoveryMillis = (System.nanoTime() - began) / 1_000_000;
    acceptedReports.add(Api.JSON.readTree(first.body()).path("id").asText());
    for (int k = 0; k < 5; k++) {
      acceptedReports.add(Api.created(
          api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, "DB fault " + run + " after " + k))));
    }

    // a refused command normally left nothing; if the connection died while the commit itself was in
    // flight it may have committed whole: then its event and its view row are both there
    long refusedButCommitted = 0;
    for (String title : refusedTitles) {
      refusedButCommitted += store.countMentioning(title);
    }
    Map<String, Long> view = store.hazardsInView(mineId);
    long stored = 0;
    long inconsistent = 0;
    for (Map.Entry<String, Long> hazard : view.entrySet()) {
      long events = store.count(hazard.getKey());
      stored += events;
      if (events != hazard.getValue() + 1) {
        inconsistent++;
      }
    }
    long reportedOnMine = store.reportsNaming(mineId);
    System.out.printf(
        "[faults] database: %d drop rounds terminated %d connections over %d s; commands sent %d, answers %s;"
            + " reports accepted %d (+%d after), refused %d (committed in doubt: %d), classifications accepted %d,"
            + " refused %d; hazards in view %d, events stored for them %d, view/store mismatches %d;"
            + " recovered after %d attempt(s) in %d ms%n",
        rounds.get(), terminated.get(), DROPPING.toSeconds(), sent, statuses, acceptedReports.size() - 6, 6,
        refusedTitles.size(), refusedButCommitted, classified.size(), classificationRefused.size(), view.size(),
        stored, inconsistent, attempts, recoveryMillis);
    assertThat(terminated.get()).as("connections terminated").isPositive();
    assertThat(statuses.keySet()).as("answers other than success and 503").isSubsetOf(200, 201, 503);
    assertThat(inconsistent).as("hazards whose view and events disagree").isZero();
    assertThat(view.keySet()).containsAll(acceptedReports);
    assertThat(view.size()).isEqualTo(acceptedReports.size() + refusedButCommitted);
    assertThat(reportedOnMine).as("report events naming the mine").isEqualTo(view.size());
    for (String id : classified) {
      assertThat(view.get(id)).as(id).isEqualTo(1);
    }
    for (String id : acceptedReports) {
      assertThat(view.get(id)).as(id).isBetween(0L, 1L);
    }
  }

  private static void count(Map<Integer, Integer> statuses, HttpResponse<String> response) {
    statuses.merge(response.statusCode(), 1, Integer::sum);
    if (response.statusCode() >= 300) {
      assertUnavailable(response);
    }
  }

  private static void assertUnavailable(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(503);
    assertThat(Api.isProblemJson(response)).as(response.headers().map().toString()).isTrue();
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.body()).contains("https://shouwei.io/problems/unavailable");
  }
}
