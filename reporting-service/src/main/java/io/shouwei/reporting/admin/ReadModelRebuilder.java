package io.shouwei.reporting.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.shouwei.reporting.admin.RebuildProgress.State;
import io.shouwei.reporting.ingest.EnvelopeParser;
import io.shouwei.reporting.ingest.EventsListener;
import io.shouwei.reporting.projection.ReadModelGenerations;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Service;

/**
 * Starts a {@link ReadModelRebuild} on a thread of its own, one at a time, and tells how the last
 * one goes. The live consumer's group comes from {@value EventsListener#GROUP_PROPERTY}; the pause
 * the switch may wait for the live consumer from {@code shouwei.reporting.rebuild.pause-timeout}
 * (30 s), the grace before the old generation is dropped from {@code
 * shouwei.reporting.rebuild.drop-grace} (5 s).
 */
@Service
public class ReadModelRebuilder implements DisposableBean {

  private final MongoDatabase database;
  private final ReadModelGenerations generations;
  private final KafkaProperties kafka;
  private final KafkaListenerEndpointRegistry listeners;
  private final EnvelopeParser parser;
  private final Clock clock;
  private final String group;
  private final Duration pauseTimeout;
  private final Duration dropGrace;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "read-model-rebuild");
            thread.setDaemon(true);
            return thread;
          });

  private ReadModelRebuild current;
  private Admin admin;

  ReadModelRebuilder(
      MongoDatabase database,
      ReadModelGenerations generations,
      KafkaProperties kafka,
      KafkaListenerEndpointRegistry listeners,
      ObjectMapper json,
      Clock clock,
      @Value("${" + EventsListener.GROUP_PROPERTY + ":" + EventsListener.DEFAULT_GROUP + "}") String group,
      @Value("${shouwei.reporting.rebuild.pause-timeout:30s}") Duration pauseTimeout,
      @Value("${shouwei.reporting.rebuild.drop-grace:5s}") Duration dropGrace) {
    this.database = database;
    this.generations = generations;
    this.kafka = kafka;
    this.listeners = listeners;
    this.parser = new EnvelopeParser(json);
    this.clock = clock;
    this.group = group;
    this.pauseTimeout = pauseTimeout;
    this.dropGrace = dropGrace;
  }

  /**
   * Starts a rebuild into the generation after the active one.
   *
   * @return the progress at the start, or empty when a rebuild is running already
   */
  public synchronized Optional<RebuildProgress> start() {
    if (current != null && current.running()) {
      return Optional.empty();
    }
    if (admin == null) {
      admin = Admin.create(kafka.buildAdminProperties(null));
    }
    LiveConsumer live = new LiveConsumer(listeners.getListenerContainer(EventsListener.LISTENER_ID), admin, group);
    current =
        new ReadModelRebuild(
            generations.active() + 1, database, generations, replayConsumer(), live, parser, clock, pauseTimeout,
            dropGrace);
    worker.execute(current);
    return Optional.of(current.progress());
  }

  /** How the running or last rebuild goes. */
  public synchronized RebuildProgress progress() {
    return current == null
        ? new RebuildProgress(State.IDLE, null, generations.active(), 0, 0, 0, null, null, null, 0, null)
        : current.progress();
  }

  /** A consumer without a group: it is assigned its partitions and commits nothing. */
  private Consumer<String, byte[]> replayConsumer() {
    Map<String, Object> properties = kafka.buildConsumerProperties(null);
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Stops a running rebuild (it fails and drops its generation) and the worker. */
  @Override
  public void destroy() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(10, TimeUnit.SECONDS);
    synchronized (this) {
      if (admin != null) {
        admin.close();
      }
    }
  }
}
