package io.shouwei.contracts;

/** Values of {@link EventEnvelope#aggregateType()}. */
public final class AggregateTypes {

  public static final String HAZARD = "Hazard";
  public static final String MINE = "Mine";
  public static final String ORDER = "RectificationOrder";
  public static final String CAMPAIGN = "Campaign";
  public static final String TIP = "Tip";

  private AggregateTypes() {}
}
