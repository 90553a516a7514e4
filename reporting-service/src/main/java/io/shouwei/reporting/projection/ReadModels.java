package io.shouwei.reporting.projection;

import java.util.List;

/**
 * The stores of every read model, all over the same {@link ReadModelCollections}: the live ones
 * follow the active generation, a rebuild's write one new generation.
 */
public record ReadModels(
    HazardStore hazards, MineStore mines, OrderStore orders, CampaignStore campaigns, TipStore tips, HeldEvents held) {

  public static ReadModels over(ReadModelCollections collections) {
    HazardStore hazards = new HazardStore(collections);
    return new ReadModels(
        hazards, new MineStore(collections, hazards), new OrderStore(collections), new CampaignStore(collections),
        new TipStore(collections), new HeldEvents(collections));
  }

  /** The read models the events are routed to. */
  public List<AggregateProjection> projections() {
    return List.of(hazards, mines, orders, campaigns, tips);
  }

  /** Creates the indexes of every read model unless they exist. */
  public void ensureIndexes() {
    hazards.ensureIndexes();
    mines.ensureIndexes();
    orders.ensureIndexes();
    campaigns.ensureIndexes();
    tips.ensureIndexes();
  }
}
