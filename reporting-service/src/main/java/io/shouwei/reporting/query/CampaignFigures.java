package io.shouwei.reporting.query;

import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.reporting.projection.CampaignDocument;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.OrderDocument;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.query.CampaignSummaryResponse.Cell;
import io.shouwei.reporting.query.CampaignSummaryResponse.Funds;
import io.shouwei.reporting.query.CampaignSummaryResponse.HazardFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.LookBack;
import io.shouwei.reporting.query.CampaignSummaryResponse.OrderFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.OverdueHazard;
import io.shouwei.reporting.query.CampaignSummaryResponse.PhaseFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.SignOffTimes;
import io.shouwei.reporting.query.CampaignSummaryResponse.TipFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The campaign summary as a pure function of the campaign, its hazards and orders (already limited
 * to what the caller may see) and the time of the question.
 *
 * <p>Why the figures are computed when asked rather than kept as counters in a statistics
 * collection: a counter moved by each event must know, for every redelivered, held or replayed
 * event, whether it moved it before, and a hazard moves between towns, types, levels and statuses
 * of several counters at once, without transactions to keep them in step; overdue and "stopped now"
 * change with the clock, with no event to move a counter. The hazards and orders documents are
 * already exact under duplicates, out-of-order delivery and rebuilds (one document per aggregate at
 * its last sequence), so figures derived from them when asked are exact too, and need no rebuild of
 * their own. The documents of one campaign are found through the {@code (campaignId, townCode)}
 * indexes of both collections.
 */
public final class CampaignFigures {

  /** The district's calendar: phases are days of China Standard Time. */
  public static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

  static final String UNKNOWN_MINE_TYPE = "UNKNOWN";

  private static final int RATE_SCALE = 4;
  private static final int DAYS_SCALE = 2;
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toSeconds());

  private CampaignFigures() {}

  public static CampaignSummaryResponse summarise(
      CampaignDocument campaign,
      List<HazardDocument> hazards,
      List<OrderDocument> orders,
      TipFigures tips,
      Instant now) {
    return new CampaignSummaryResponse(
        CampaignSummaryResponse.Campaign.of(campaign),
        now,
        hazardFigures(hazards, now),
        breakdown(hazards, HazardDocument::townCode, () -> new TreeMap<String, HazardFigures>(), now),
        breakdown(hazards, CampaignFigures::mineType, () -> new TreeMap<String, HazardFigures>(), now),
        breakdown(hazards, HazardDocument::level, () -> new EnumMap<HazardLevel, HazardFigures>(HazardLevel.class), now),
        breakdown(
            hazards, HazardDocument::source, () -> new EnumMap<HazardSource, HazardFigures>(HazardSource.class), now),
        cells(hazards, now),
        ordersByTown(orders),
        overdue(hazards, now),
        signOffTimes(hazards),
        orderFigures(orders),
        lookBack(hazards),
        funds(hazards),
        campaign.phases().stream().map(p -> phase(p, hazards, orders)).toList(),
        tips);
  }

  public static HazardFigures hazardFigures(List<HazardDocument> hazards, Instant now) {
    Map<HazardStatus, Long> byStatus = new EnumMap<>(HazardStatus.class);
    for (HazardStatus status : HazardStatus.values()) {
      byStatus.put(status, count(hazards, h -> h.status() == status));
    }
    long total = hazards.size();
    long signedOff = byStatus.get(HazardStatus.SIGNED_OFF);
    long major = count(hazards, h -> h.level() == HazardLevel.MAJOR);
    long majorSignedOff = count(hazards, h -> h.level() == HazardLevel.MAJOR && h.status() == HazardStatus.SIGNED_OFF);
    return new HazardFigures(
        total, byStatus, signedOff, count(hazards, h -> Overdue.isOverdue(h, now)), major, majorSignedOff,
        rate(signedOff, total), rate(majorSignedOff, major));
  }

  /** The fraction {@code part / whole} to {@value #RATE_SCALE} decimals, half up; {@code null} for no whole. */
  static BigDecimal rate(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Days from report to sign-off of the hazards signed off now: the mean, and the 90th percentile by
   * nearest rank (the value at rank ⌈9n/10⌉ of the ascending times, in whole numbers).
   */
  static SignOffTimes signOffTimes(List<HazardDocument> hazards) {
    List<Long> seconds =
        hazards.stream()
            .filter(h -> h.status() == HazardStatus.SIGNED_OFF && h.signedOffAt() != null && h.reportedAt() != null)
            .map(h -> Duration.between(h.reportedAt(), h.signedOffAt()).toSeconds())
            .sorted()
            .toList();
    if (seconds.isEmpty()) {
      return new SignOffTimes(0, null, null);
    }
    long n = seconds.size();
    BigDecimal sum = BigDecimal.valueOf(seconds.stream().mapToLong(Long::longValue).sum());
    BigDecimal average = sum.divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(n)), DAYS_SCALE, RoundingMode.HALF_UP);
    int rank = (int) ((9 * n + 9) / 10);
    BigDecimal p90 = BigDecimal.valueOf(seconds.get(rank - 1)).divide(SECONDS_PER_DAY, DAYS_SCALE, RoundingMode.HALF_UP);
    return new SignOffTimes(n, average, p90);
  }

  private static <K> Map<K, HazardFigures> breakdown(
      List<HazardDocument> hazards,
      Function<HazardDocument, K> key,
      Supplier<Map<K, HazardFigures>> map,
      Instant now) {
    Map<K, List<HazardDocument>> groups = hazards.stream().collect(Collectors.groupingBy(key));
    Map<K, HazardFigures> figures = map.get();
    groups.forEach((k, group) -> figures.put(k, hazardFigures(group, now)));
    return figures;
  }

  private static String mineType(HazardDocument hazard) {
    return hazard.mineType() == null ? UNKNOWN_MINE_TYPE : hazard.mineType().name();
  }

  /** Town × mine type × level, each combination that has hazards, in that order. */
  static List<Cell> cells(List<HazardDocument> hazards, Instant now) {
    record Key(String townCode, String mineType, HazardLevel level) {}
    Comparator<Key> order =
        Comparator.comparing(Key::townCode, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Key::mineType)
            .thenComparing(Key::level, Comparator.nullsLast(Comparator.<HazardLevel>naturalOrder()));
    Map<Key, List<HazardDocument>> groups =
        hazards.stream()
            .collect(Collectors.groupingBy(h -> new Key(h.townCode(), mineType(h), h.level()), () -> new TreeMap<>(order),
                Collectors.toList()));
    return groups.entrySet().stream()
        .map(e -> {
          List<HazardDocument> group = e.getValue();
          return new Cell(
              e.getKey().townCode(), e.getKey().mineType(), e.getKey().level(), hazardFigures(group, now),
              signOffTimes(group), lookBack(group), funds(group));
        })
        .toList();
  }

  private static Map<String, OrderFigures> ordersByTown(List<OrderDocument> orders) {
    Map<String, OrderFigures> figures = new TreeMap<>();
    orders.stream()
        .collect(Collectors.groupingBy(OrderDocument::townCode))
        .forEach((town, group) -> figures.put(town, orderFigures(group)));
    return figures;
  }

  private static List<OverdueHazard> overdue(List<HazardDocument> hazards, Instant now) {
    return hazards.stream()
        .filter(h -> Overdue.isOverdue(h, now))
        .sorted(Comparator.comparing(HazardDocument::deadline).thenComparing(HazardDocument::id))
        .map(
            h ->
                new OverdueHazard(
                    h.id(), h.number(), h.title(), h.mineId(), h.enterpriseId(), h.townCode(), h.level(), h.status(),
                    h.deadline(), Duration.between(h.deadline(), now).toDays()))
        .toList();
  }

  private static OrderFigures orderFigures(List<OrderDocument> orders) {
    Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    for (OrderStatus status : OrderStatus.values()) {
      byStatus.put(status, count(orders, o -> o.status() == status));
    }
    return new OrderFigures(
        orders.size(),
        count(orders, o -> o.type() == OrderType.STOP_PRODUCTION),
        count(orders, OrderDocument::stopsItsMine),
        orders.stream().filter(OrderDocument::stopsItsMine).map(OrderDocument::mineId).distinct().count(),
        count(orders, o -> o.type() == OrderType.STOP_PRODUCTION && o.status() == OrderStatus.LIFTED),
        count(orders, o -> o.type() == OrderType.RECTIFY_WITHIN_DEADLINE && o.status() == OrderStatus.FULFILLED),
        byStatus);
  }

  private static LookBack lookBack(List<HazardDocument> hazards) {
    return new LookBack(
        count(hazards, h -> h.timesReopened() > 0),
        hazards.stream().mapToLong(HazardDocument::timesReopened).sum(),
        count(hazards, h -> h.timesReopened() > 0 && h.status() != HazardStatus.SIGNED_OFF),
        count(hazards, h -> h.timesReopened() > 0 && h.status() == HazardStatus.SIGNED_OFF),
        count(hazards, h -> h.source() == HazardSource.REVISIT));
  }

  private static Funds funds(List<HazardDocument> hazards) {
    List<BigDecimal> amounts =
        hazards.stream().map(h -> h.plan() == null ? null : h.plan().fundsCny()).filter(Objects::nonNull).toList();
    return new Funds(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), amounts.size());
  }

  private static PhaseFigures phase(Phase phase, List<HazardDocument> hazards, List<OrderDocument> orders) {
    return new PhaseFigures(
        phase.kind(), phase.name(), phase.startDate(), phase.endDate(),
        count(hazards, h -> within(phase, h.reportedAt())),
        count(hazards, h -> h.status() == HazardStatus.SIGNED_OFF && within(phase, h.signedOffAt())),
        count(orders, o -> within(phase, o.issuedAt())));
  }

  /** Whether {@code at} falls on a day of the phase, in the district's calendar. */
  static boolean within(Phase phase, Instant at) {
    if (at == null) {
      return false;
    }
    LocalDate day = at.atZone(DISTRICT_TIME).toLocalDate();
    return !day.isBefore(phase.startDate()) && !day.isAfter(phase.endDate());
  }

  private static <T> long count(List<T> items, Predicate<T> test) {
    return items.stream().filter(test).count();
  }
}
