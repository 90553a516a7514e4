package io.shouwei.reporting.report;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.embedded.MongoWireServer;
import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.MovableClock;
import io.shouwei.reporting.projection.AggregateProjection;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.TipStore;
import io.shouwei.reporting.query.CampaignSummaryQueries;
import java.util.List;

/** A {@link CampaignFixture} projected into the read models of an in-memory MongoDB-wire server, and the queries over them. */
final class FixtureReports implements AutoCloseable {

  final CampaignFixture fixture;
  final WorkReportQueries reports;
  final CampaignSummaryQueries summaries;

  private final MongoWireServer server;
  private final MongoClient client;

  FixtureReports(CampaignFixture fixture) {
    this.fixture = fixture;
    server = MongoWireServer.inMemory();
    client = MongoClients.create(server.connectionString("work_report"));
    ReadModelCollections database = ReadModelCollections.first(client.getDatabase("work_report"));
    MovableClock clock = new MovableClock(CampaignFixture.NOW);
    HazardStore hazards = new HazardStore(database);
    MineStore mines = new MineStore(database, hazards);
    OrderStore orders = new OrderStore(database);
    CampaignStore campaigns = new CampaignStore(database);
    TipStore tips = new TipStore(database);
    List<AggregateProjection> projections = List.of(hazards, mines, orders, campaigns, tips);
    for (EventEnvelope<?> event : fixture.events()) {
      projections.stream().filter(p -> p.aggregateType().equals(event.aggregateType())).forEach(p -> p.project(event));
    }
    reports = new WorkReportQueries(campaigns, hazards, orders, mines, clock);
    summaries = new CampaignSummaryQueries(campaigns, hazards, orders, tips, clock);
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
