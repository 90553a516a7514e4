package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.reporting.projection.HazardDocument;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.MineDocument;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderDocument;
import io.shouwei.reporting.projection.OrderStatus;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.query.TownLedgerResponse.Inspection;
import io.shouwei.reporting.query.TownLedgerResponse.LookBack;
import io.shouwei.reporting.query.TownLedgerResponse.OpenHazard;
import io.shouwei.reporting.query.TownLedgerResponse.OrderInForce;
import io.shouwei.reporting.query.TownLedgerResponse.Totals;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;

/**
 * The risk ledger of a town (一地一册), over the mines, hazards and orders of the town the caller
 * may see: a town agency reads the ledgers of its own towns only, and another town answers 404
 * exactly like a town it may not know; an enterprise sees its own mines of the town, a superior
 * company its group's; the district agency, auditors and admins every mine.
 */
@Service
public class TownLedgerQueries {

  /** The orders of the ledger: neither lifted nor fulfilled. */
  static final List<String> IN_FORCE =
      Arrays.stream(OrderStatus.values()).filter(s -> !s.isFinal()).map(Enum::name).toList();

  private final MineStore mines;
  private final HazardStore hazards;
  private final OrderStore orders;
  private final Clock clock;

  public TownLedgerQueries(MineStore mines, HazardStore hazards, OrderStore orders, Clock clock) {
    this.mines = mines;
    this.hazards = hazards;
    this.orders = orders;
    this.clock = clock;
  }

  /**
   * @throws ProblemException 404 for a town agency asking for a town not its own
   */
  public TownLedgerResponse ledger(Caller caller, String townCode) {
    if (Jurisdiction.toRead(caller.role()) == Jurisdiction.Reach.OWN_TOWNS && !caller.towns().contains(townCode)) {
      throw ProblemException.notFound("Town ledger", townCode);
    }
    Instant now = clock.instant();
    List<MineDocument> townMines =
        mines.all(and(eq(MineStore.TOWN, townCode), Scope.of(caller, MineStore.ENTERPRISE, MineStore.TOWN)),
            orderBy(ascending(MineStore.NAME), ascending(MineStore.ID)));
    List<String> mineIds = townMines.stream().map(MineDocument::id).toList();
    Map<String, List<HazardDocument>> hazardsByMine =
        hazards.all(in(HazardStore.MINE, mineIds), ascending(HazardStore.ID)).stream()
            .collect(Collectors.groupingBy(HazardDocument::mineId));
    Map<String, List<OrderDocument>> ordersByMine =
        orders.all(and(in(OrderStore.MINE, mineIds), in(OrderStore.STATUS, IN_FORCE)),
                orderBy(descending(OrderStore.ISSUED_AT), ascending(OrderStore.ID))).stream()
            .collect(Collectors.groupingBy(OrderDocument::mineId));

    List<TownLedgerResponse.Mine> ledger =
        townMines.stream()
            .map(m -> mine(m, hazardsByMine.getOrDefault(m.id(), List.of()), ordersByMine.getOrDefault(m.id(), List.of()), now))
            .toList();
    return new TownLedgerResponse(townCode, now, totals(ledger), ledger);
  }

  private static TownLedgerResponse.Mine mine(
      MineDocument mine, List<HazardDocument> hazards, List<OrderDocument> inForce, Instant now) {
    List<OpenHazard> open =
        hazards.stream()
            .filter(h -> h.status() != HazardStatus.SIGNED_OFF)
            .sorted(Comparator.comparing(HazardDocument::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(HazardDocument::id))
            .map(h -> new OpenHazard(h.id(), h.number(), h.title(), h.level(), h.status(), h.reportedAt(), h.deadline(),
                Overdue.isOverdue(h, now), h.timesReopened()))
            .toList();
    Inspection lastInspection =
        hazards.stream()
            .filter(h -> h.source() != HazardSource.WHISTLEBLOWER_TIP && h.reportedAt() != null)
            .max(Comparator.comparing(HazardDocument::reportedAt).thenComparing(HazardDocument::id))
            .map(h -> new Inspection(h.reportedAt(), h.source(), h.id()))
            .orElse(null);
    Instant lastEventAt =
        Stream.concat(Stream.of(mine.updatedAt()),
                Stream.concat(hazards.stream().map(HazardDocument::updatedAt), inForce.stream().map(OrderDocument::updatedAt)))
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return new TownLedgerResponse.Mine(
        mine.id(), mine.name(), mine.enterpriseId(), mine.enterpriseName(), mine.type(), mine.productionStatus(),
        mine.stoppingOrders(),
        hazards.stream().filter(h -> h.status() == HazardStatus.SIGNED_OFF).count(),
        open,
        inForce.stream()
            .map(o -> new OrderInForce(o.id(), o.number(), o.type(), o.status(), o.issuedAt(), o.deadline(), o.stopsItsMine()))
            .toList(),
        lastInspection,
        lastEventAt,
        new LookBack(
            hazards.stream().filter(h -> h.timesReopened() > 0).count(),
            open.stream().filter(h -> h.timesReopened() > 0).count()));
  }

  private static Totals totals(List<TownLedgerResponse.Mine> ledger) {
    return new Totals(
        ledger.size(),
        ledger.stream().filter(m -> m.productionStatus() == ProductionStatus.STOPPED_BY_ORDER).count(),
        ledger.stream().mapToLong(m -> m.openHazards().size()).sum(),
        ledger.stream().flatMap(m -> m.openHazards().stream()).filter(h -> h.level() == HazardLevel.MAJOR).count(),
        ledger.stream().flatMap(m -> m.openHazards().stream()).filter(OpenHazard::overdue).count(),
        ledger.stream().mapToLong(m -> m.ordersInForce().size()).sum(),
        ledger.stream().mapToLong(m -> m.lookBack().reopenedStillOpen()).sum());
  }
}
