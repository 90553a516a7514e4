package io.shouwei.workflow.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.bpmn.feel.ParsedOnceFeelEngine;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.Topics;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.workflow.WorkflowServiceTestBase;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Events produced to Kafka as hazard-service publishes them, and what the service makes of them. */
class HazardReportedCorrelationIT extends WorkflowServiceTestBase {

  private static final Duration ASYNC = Duration.ofSeconds(30);
  private static final String GROUP = "workflow-service";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired MeterRegistry meters;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void hazardReported_startsItsProcess_seenByAdminAndTheOwningEnterprise_notByAnother() {
    String hazardId = newHazardId();
    Instant before = Instant.now();

    produce(hazardId, toJson(hazardReported(hazardId, "ent-A", "330102001")));

    ProcessInstance instance = awaitInstance(hazardId);
    BpmnAwareTests.assertThat(instance)
        .isWaitingAtExactly(Elements.SUBPROCESS_PLANNING, Elements.TASK_SUBMIT_RECTIFICATION_PLAN)
        .variables()
        .containsEntry(Variables.HAZARD_ID, hazardId)
        .containsEntry(Variables.MINE_ID, "mine-7")
        .containsEntry(Variables.ENTERPRISE_ID, "ent-A")
        .containsEntry(Variables.TOWN_CODE, "330102001")
        .containsEntry(Variables.LEVEL, "GENERAL");
    Date due = (Date) runtime.getVariable(instance.getId(), Variables.PLAN_DUE_DATE);
    assertThat(due.toInstant()).as("a general hazard's plan is due 7 days after its report")
        .isBetween(before.truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));
    BpmnAwareTests.assertThat(task(Elements.TASK_SUBMIT_RECTIFICATION_PLAN, instance))
        .hasCandidateGroup(CandidateGroups.of(CandidateGroups.ENTERPRISE, "ent-A"))
        .hasDueDate(due);

    JsonNode asAdmin = processes(hazardId, token(Role.ADMIN, null, List.of()));
    assertThat(asAdmin).hasSize(1);
    JsonNode view = asAdmin.get(0);
    assertThat(view.get("processInstanceId").asText()).isEqualTo(instance.getId());
    assertThat(view.get("processDefinitionKey").asText()).isEqualTo(HazardRectificationProcess.KEY);
    assertThat(view.get("businessKey").asText()).isEqualTo(hazardId);
    assertThat(view.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(Instant.parse(view.get("startedAt").asText())).isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(view.get("endedAt").isNull()).isTrue();
    assertThat(view.get("activeActivityIds")).extracting(JsonNode::asText)
        .containsExactly(Elements.TASK_SUBMIT_RECTIFICATION_PLAN);
    assertThat(view.get("currentSteps")).extracting(s -> s.get("kind").asText() + " " + s.get("activityId").asText())
        .containsExactlyInAnyOrder("TASK " + Elements.TASK_SUBMIT_RECTIFICATION_PLAN, "TIMER " + Elements.TIMER_PLAN_REMINDER,
            "TIMER " + Elements.TIMER_PLAN_DUE);
    assertThat(view.get("history")).extracting(h -> h.get("activityId").asText())
        .startsWith(Elements.START_HAZARD_REPORTED);

    assertThat(processes(hazardId, token(Role.ENTERPRISE, "ent-A", List.of()))).isEqualTo(asAdmin);
    assertThat(processes(hazardId, token(Role.ENTERPRISE, "ent-B", List.of()))).isEmpty();
  }

  @Test
  void theEnginesDecisions_evaluateFeelWithExpressionsParsedOnce() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
  }

  @Test
  void theSameEventDeliveredAgain_orPublishedAgain_startsNoSecondInstance() {
    String hazardId = newHazardId();
    EventEnvelope<HazardReported> event = hazardReported(hazardId, "ent-A", "330102001");
    String value = toJson(event);

    produce(hazardId, value);
    awaitInstance(hazardId);
    produce(hazardId, value);
    RecordMetadata last = produce(hazardId, toJson(hazardReported(hazardId, "ent-A", "330102001")));

    awaitConsumed(last);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(hazardId).count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(hazardId).count()).isEqualTo(1);
  }

  @Test
  void unreadableMessage_goesToTheDeadLetterTopic_andTheNextEventIsStillHandled() {
    String hazardId = newHazardId();
    String garbage = "{\"this is\": not an envelope " + UUID.randomUUID();
    double deadLettersBefore = meters.counter(DeadLetterConfiguration.METER).count();

    RecordMetadata bad = produce(hazardId, garbage);
    produce(hazardId, toJson(hazardReported(hazardId, "ent-A", "330102001")));

    awaitInstance(hazardId);
    ConsumerRecord<String, String> dead = awaitDeadLetter(garbage);
    assertThat(dead.key()).isEqualTo(hazardId);
    assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.EVENTS);
    assertThat(binaryHeader(dead, "kafka_dlt-original-partition").getInt()).isEqualTo(bad.partition());
    assertThat(binaryHeader(dead, "kafka_dlt-original-offset").getLong()).isEqualTo(bad.offset());
    assertThat(header(dead, "kafka_dlt-exception-message")).contains("not JSON");
    assertThat(meters.counter(DeadLetterConfiguration.METER).count()).isEqualTo(deadLettersBefore + 1);
  }

  @Test
  void eventOfAnUnknownType_isSkippedAndCounted() {
    String hazardId = newHazardId();
    String unknownType = "HazardLevelSuggested";
    double before = skipped(unknownType);
    String unknown =
        toJson(hazardReported(hazardId, "ent-A", "330102001"))
            .replace("\"type\":\"HazardReported\"", "\"type\":\"" + unknownType + "\"");

    RecordMetadata last = produce(hazardId, unknown);

    awaitConsumed(last);
    assertThat(skipped(unknownType)).isEqualTo(before + 1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(hazardId).count()).isZero();
  }

  private ProcessInstance awaitInstance(String hazardId) {
    return await()
        .atMost(ASYNC)
        .until(
            () -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(HazardRectificationProcess.KEY)
                .processInstanceBusinessKey(hazardId)
                .singleResult(),
            i -> i != null);
  }

  /** Until the group's committed offset has passed the record: the listener is done with it. */
  private static void awaitConsumed(RecordMetadata record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers()))) {
      await()
          .atMost(ASYNC)
          .until(
              () -> {
                OffsetAndMetadata committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
              });
    }
  }

  private static ConsumerRecord<String, String> awaitDeadLetter(String value) {
    TopicPartition dlt = new TopicPartition(Topics.EVENTS_DEAD_LETTER, 0);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers()),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.assign(List.of(dlt));
      consumer.seekToBeginning(List.of(dlt));
      List<ConsumerRecord<String, String>> found = new ArrayList<>();
      await()
          .atMost(ASYNC)
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                  if (value.equals(r.value())) {
                    found.add(r);
                  }
                });
                return !found.isEmpty();
              });
      return found.get(0);
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static ByteBuffer binaryHeader(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as(name).isNotNull();
    return ByteBuffer.wrap(header.value());
  }

  private double skipped(String type) {
    Counter counter =
        meters.find(SkippedEvents.METER).tag("type", type).tag("reason", SkippedEvents.UNKNOWN_TYPE).counter();
    return counter == null ? 0 : counter.count();
  }

  private JsonNode processes(String hazardId, String bearer) {
    HttpResponse<String> response = get("/api/processes?hazardId=" + hazardId, bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return body(response);
  }
}
