package io.shouwei.hazard.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.shouwei.contracts.Topics;
import io.shouwei.hazard.hazard.published.HazardPublishedForms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * The forwarder sends a batch's events without waiting for each, and lets the batch (and with it
 * the processor's token) commit only once Kafka has acknowledged all of them.
 */
class KafkaForwarderTest {

  @SuppressWarnings("unchecked")
  final KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);

  final List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();

  KafkaForwarder forwarder(Duration sendTimeout) {
    when(kafka.send(eq(Topics.EVENTS), anyString(), anyString()))
        .thenAnswer(
            invocation -> {
              CompletableFuture<SendResult<String, String>> send = new CompletableFuture<>();
              sends.add(send);
              return send;
            });
    return new KafkaForwarder(kafka, List.of(new HazardPublishedForms()), new PublishingProperties(sendTimeout, null));
  }

  static GenericDomainEventMessage<?> event() {
    return EnvelopeMapperTest.storedHazardReported();
  }

  /** Handles three events in one unit of work, as a tracking processor's batch does. */
  UnitOfWork<?> batchOfThree(KafkaForwarder forwarder) throws Exception {
    UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event());
    for (int i = 0; i < 3; i++) {
      GenericDomainEventMessage<?> event = event();
      forwarder.on(event.getPayload(), event);
    }
    return batch;
  }

  @Test
  void sendsEveryEventOfTheBatch_beforeAnyIsAcknowledged_andCommitsOnceAllAre() throws Exception {
    UnitOfWork<?> batch = batchOfThree(forwarder(Duration.ofSeconds(5)));

    verify(kafka, times(3)).send(eq(Topics.EVENTS), anyString(), anyString());
    assertThat(sends).hasSize(3).noneMatch(CompletableFuture::isDone);

    AtomicBoolean committed = new AtomicBoolean();
    batch.afterCommit(u -> committed.set(true));
    CompletableFuture.runAsync(
        () -> {
          sleep(100);
          sends.forEach(send -> send.complete(null));
        });
    batch.commit();

    assertThat(committed).isTrue();
    assertThat(sends).allMatch(CompletableFuture::isDone);
  }

  @Test
  void oneSendFailed_failsTheWholeBatch() throws Exception {
    UnitOfWork<?> batch = batchOfThree(forwarder(Duration.ofSeconds(5)));
    AtomicBoolean rolledBack = new AtomicBoolean();
    batch.onRollback(u -> rolledBack.set(true));

    sends.get(0).complete(null);
    sends.get(1).completeExceptionally(new IllegalStateException("broker gone"));
    sends.get(2).complete(null);

    assertThatThrownBy(batch::commit)
        .isInstanceOf(KafkaForwarder.KafkaSendFailedException.class)
        .hasRootCauseMessage("broker gone");
    assertThat(rolledBack).isTrue();
  }

  @Test
  void aSendNotAcknowledgedInTime_failsTheBatch() throws Exception {
    UnitOfWork<?> batch = batchOfThree(forwarder(Duration.ofMillis(200)));
    sends.get(0).complete(null);

    assertThatThrownBy(batch::commit)
        .isInstanceOf(KafkaForwarder.KafkaSendFailedException.class)
        .hasCauseInstanceOf(TimeoutException.class);
  }

  @Test
  void outsideAUnitOfWork_waitsForItsOwnSend() throws Exception {
    KafkaForwarder forwarder = forwarder(Duration.ofMillis(200));

    assertThatThrownBy(() -> forwarder.on(event().getPayload(), event())).isInstanceOf(TimeoutException.class);
    verify(kafka).send(eq(Topics.EVENTS), anyString(), any());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
