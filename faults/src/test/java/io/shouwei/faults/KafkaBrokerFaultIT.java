package io.shouwei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Kafka broker is killed (SIGKILL) while a stream of commands runs, and restarted some
 * seconds later. Every command is still stored (the event store does not need Kafka); every
 * stored event then reaches reporting-service and workflow-service, and none is applied twice:
 * each hazard is one read-model document at the sequence of its last stored event, and one process
 * instance that passed the plan once. Duplicates on the topic itself (at-least-once publishing) are
 * counted and shown.
 */
class KafkaBrokerFaultIT extends FaultTest {

  private static final int HAZARDS = 30;
  private static final String ENTERPRISE = "ent-fault-kafka";
  private static final Duration DELIVERY = Duration.ofSeconds(150);


  @Test
  @Timeout(300)
  void brokerKilledMidStream_everyStoredEventReachesReportingAndWorkflow_noneTwice() throws Exception {
    String district = api.district();
    String enterprise = api.enterprise(ENTERPRISE);
    String mineId = api.registerMine(district, ENTERPRISE);
    AtomicInteger sent = new AtomicInteger();

    CompletableFuture<Void> outage = new CompletableFuture<>();
    Thread killer = new Thread(() -> {
      try {
        while (sent.get() < HAZARDS * 2 / 3) {
          Thread.sleep(50);
        }
        long began = System.nanoTime();
        stack.stack.kafka().kill();
        System.out.printf("[faults] kafka: broker killed after %d commands%n", sent.get());
        Thread.sleep(5000);
        stack.stack.kafka().start();
        System.out.printf("[faults] kafka: broker back after %d ms, %d commands sent%n",
            (System.nanoTime() - began) / 1_000_000, sent.get());
        outage.complete(null);
      } catch (Throwable t) {
        outage.completeExceptionally(t);
      }
    }, "kill-kafka");
    killer.start();

    List<String> hazards = new ArrayList<>();
    for (int i = 0; i < HAZARDS; i++) {
      String id = Api.created(api.call("POST", "/api/hazards", enterprise, Api.hazardBody(mineId, "Kafka fault " + i)));
      sent.incrementAndGet();
      hazards.add(id);
      HttpResponse<String> planned = api.call("PUT", "/api/hazards/" + id + "/plan", enterprise, plan(), "0");
      Api.ok(planned);
      sent.incrementAndGet();
      Thread.sleep(100);
    }
    outage.get();

    long stored = 0;
    for (String id : hazards) {
      stored += store.count(id);
    }
    assertThat(stored).as("events stored").isEqualTo(2L * HAZARDS);

    long began = System.nanoTime();
    JsonNode page = Api.await(
        () -> api.getOrNull("/api/reports/hazards?mine=" + mineId + "&size=200", enterprise),
        p -> p.path("total").asLong() == HAZARDS
            && p.findValues("version").stream().allMatch(v -> v.asLong() == 1),
        DELIVERY);
    long reportingMillis = (System.nanoTime() - began) / 1_000_000;
    long deliveredToReporting = 0;
    for (JsonNode hazard : page.path("items")) {
      deliveredToReporting += hazard.path("version").asLong() + 1;
    }

    long processes = 0;
    long planPassed = 0;
    for (String id : hazards) {
      JsonNode instances = Api.await(
          () -> api.getOrNull("/api/processes?hazardId=" + id, enterprise),
          list -> list.size() == 1 && list.get(0).path("activeActivityIds").toString().contains("Task_Rectify"),
          DELIVERY);
      processes += instances.size();
      List<String> activities = instances.get(0).path("history").findValuesAsText("activityId");
      assertThat(activities).as(id).containsOnlyOnce("StartEvent_HazardReported", "Catch_PlanSubmitted", "Task_Rectify");
      planPassed++;
    }
    long workflowMillis = (System.nanoTime() - began) / 1_000_000;

    Topic.Count topic = Topic.count(stack, new HashSet<>(hazards));
    System.out.printf(
        "[faults] kafka: commands sent %d, events stored %d, on the topic %d (%d duplicates published),"
            + " delivered to reporting %d (documents %d, all at their last sequence) in %d ms,"
            + " workflow: %d process instances, %d passed the plan once, in %d ms; duplicates in read models 0%n",
        sent.get(), stored, topic.records(), topic.duplicates(), deliveredToReporting,
        page.path("total").asLong(), reportingMillis, processes, planPassed, workflowMillis);
    assertThat(topic.distinct()).as("distinct events on the topic").isEqualTo(stored);
    assertThat(deliveredToReporting).isEqualTo(stored);
    assertThat(processes).isEqualTo(HAZARDS);
    assertThat(planPassed).isEqualTo(HAZARDS);
    assertThat(stack.stack.kafka().isRunning()).isTrue();
  }

  private static String plan() {
    return """
        {"measures":["Scale loose rock"],"funds":{"amountCny":10000,"source":"Safety budget"},
         "deadline":"%s","responsibility":{"person":"Qian Qi","position":"Foreman","unit":"North pit"},
         "contingencyPlan":{"summary":"Close the ramp","documentRef":"doc://plans/ramp"}}"""
        .formatted(Instant.now().plus(Duration.ofDays(30)));
  }
}
