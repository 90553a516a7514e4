package io.shouwei.hazard.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.PlanRectificationCommand;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.upcasting.HazardReportedEventUpcaster;
import io.shouwei.hazard.hazard.upcasting.Revision1Report;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A report stored as revision 1 on H2 (the local profile's store), read through Axon's JDBC engine
 * with the service's upcaster: the event stream shows revision 2, and the aggregate loads from it
 * and takes its next command.
 */
class HazardRevision1H2Test {

  static final Instant REPORTED_AT = Instant.parse("2025-03-01T02:00:00Z");

  JdbcTemplate jdbc;
  EmbeddedEventStore store;
  EventSourcingRepository<Hazard> repository;

  @BeforeEach
  void store() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    JacksonSerializer serializer =
        JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    JdbcEventStorageEngine engine =
        JdbcEventStorageEngine.builder()
            .connectionProvider(new DataSourceConnectionProvider(h2))
            .transactionManager(NoTransactionManager.INSTANCE)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .upcasterChain(new HazardReportedEventUpcaster())
            .persistenceExceptionResolver(new SQLStateResolver("23505"))
            .build();
    store = EmbeddedEventStore.builder().storageEngine(engine).build();
    repository = EventSourcingRepository.builder(Hazard.class).eventStore(store).build();
  }

  @AfterEach
  void shutDown() {
    store.shutDown();
    jdbc.execute("SHUTDOWN");
  }

  @Test
  void aRevision1Report_isReadAsRevision2() {
    Revision1Report.insert(jdbc, "legacy-1", "ent-3", "310115101", REPORTED_AT);

    List<? extends DomainEventMessage<?>> events = store.readEvents("legacy-1").asStream().toList();

    assertThat(events).hasSize(1);
    HazardReportedEvent reported = (HazardReportedEvent) events.get(0).getPayload();
    assertThat(reported.number()).isEqualTo("YH-LEGACY-legacy-1");
    assertThat(reported.townCode()).isEqualTo("310115101");
    assertThat(reported.reportedAt()).isEqualTo(REPORTED_AT);
    assertThat(reported.mineType()).isNull();
    assertThat(reported.facts()).isEmpty();
    assertThat(reported.citedCriteria()).isEmpty();
    assertThat(events.get(0).getMetaData()).containsEntry("actorUserId", "inspector-li");
    assertThat(jdbc.queryForObject(
            "SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = 'legacy-1'", String.class))
        .as("the stored row is not rewritten")
        .isEqualTo("1");
  }

  @Test
  void theAggregate_loadsFromARevision1Report_andTakesItsNextCommand() {
    Revision1Report.insert(jdbc, "legacy-2", "ent-3", "310115101", REPORTED_AT);

    DefaultUnitOfWork.startAndGet(null).execute(() -> {
      Aggregate<Hazard> hazard = repository.load("legacy-2");
      assertThat(hazard.version()).isZero();
      hazard.execute(h -> {
        assertThat(h.status()).isEqualTo(HazardStatus.REPORTED);
        assertThat(h.level()).isEqualTo(HazardLevel.GENERAL);
      });
    });
    SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    AggregateAnnotationCommandHandler.<Hazard>builder()
        .aggregateType(Hazard.class)
        .repository(repository)
        .build()
        .subscribe(commandBus);
    CommandGateway commands = DefaultCommandGateway.builder().commandBus(commandBus).build();

    commands.sendAndWait(new PlanRectificationCommand(
        "legacy-2", 0L, new ActingAs(Role.ENTERPRISE, "ent-3", Set.of()), HazardScenario.threeItemPlan(),
        REPORTED_AT.plusSeconds(60)));

    List<? extends DomainEventMessage<?>> events = store.readEvents("legacy-2").asStream().toList();
    assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
    assertThat(events.get(1).getPayload()).isInstanceOf(RectificationPlannedEvent.class);
    assertThat(jdbc.queryForList(
            "SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = 'legacy-2' ORDER BY sequencenumber",
            String.class))
        .as("the report stays stored as revision 1")
        .containsExactly("1", "1");
  }
}
