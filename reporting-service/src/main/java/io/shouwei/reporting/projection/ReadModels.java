package io.shouwei.reporting.projection;

import java.util.List;

/**
 * The stores of every read model, all over the same {@link ReadModelCollections}: the live ones
 * follow the active generation, a rebuild's write one new generation.
 */
public record ReadModels(
    HazardStore hazards, MineStore mines, OrderStore orders, CampaignStore campaigns, TipStore tips, HeldEvents held) {

  /** Whether {@link #ensureIndexes} creates the sequence-key indexes; {@code true} in profile {@code local}. */
  public static final String SEQUENCE_KEY_INDEXES = "shouwei.reporting.sequence-key-indexes";

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

  /**
   * Creates the indexes of every read model unless they exist.
   *
   * @param sequenceKeys also the index {@link SequencedDocuments#ensureSequenceKeyIndex} (the
   *     local stack's MongoDB-wire server only)
   */
  public void ensureIndexes(boolean sequenceKeys) {
    hazards.ensureIndexes();
    mines.ensureIndexes();
    orders.ensureIndexes();
    campaigns.ensureIndexes();
    tips.ensureIndexes();
    if (sequenceKeys) {
      projections().forEach(AggregateProjection::ensureSequenceKeyIndex);
    }
  }
}
