package io.shouwei.reporting;

import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.mineStopped;
import static io.shouwei.reporting.SupervisionEvents.campaignEvent;
import static io.shouwei.reporting.SupervisionEvents.campaignLaunched;
import static io.shouwei.reporting.SupervisionEvents.orderAcknowledged;
import static io.shouwei.reporting.SupervisionEvents.orderEvent;
import static io.shouwei.reporting.SupervisionEvents.orderFulfilled;
import static io.shouwei.reporting.SupervisionEvents.orderIssued;
import static io.shouwei.reporting.SupervisionEvents.orderLifted;
import static io.shouwei.reporting.SupervisionEvents.resumptionApplied;
import static io.shouwei.reporting.SupervisionEvents.resumptionReviewed;
import static io.shouwei.reporting.SupervisionEvents.stopTookEffect;
import static io.shouwei.reporting.SupervisionEvents.tipConverted;
import static io.shouwei.reporting.SupervisionEvents.tipDismissed;
import static io.shouwei.reporting.SupervisionEvents.tipEvent;
import static io.shouwei.reporting.SupervisionEvents.tipReceived;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationStarted;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign worked out by hand: its events, and in {@code CampaignSummaryIT} the figures they must
 * give. Every id, town and enterprise ends in {@code run}, so that several fixtures can share a
 * database.
 *
 * <pre>
 * hazard mine town type        source              level   reported (UTC)        now         deadline  funds      signed off after
 * h1     m1   t1   OPEN_PIT    AGENCY_INSPECTION   GENERAL 03-02 02:00 (MOB)     SIGNED_OFF  03-20     1000.10    48 h
 * h2     m1   t1   OPEN_PIT    SELF_INSPECTION     MAJOR   03-10 17:00 (PUSH*)   PLANNED     04-01 !   250000.55
 * h3     m2   t1   UNDERGROUND SPOT_CHECK          MAJOR   03-12 00:00 (PUSH)    REOPENED    05-01 !   0.35       (reopened once)
 * h4     m3   t2   TAILINGS    WHISTLEBLOWER_TIP   GENERAL 03-05 00:00 (MOB)     SIGNED_OFF  -                    480 h (reopened twice)
 * h5     m4   t2   (unknown)   REVISIT             GENERAL 06-01 00:00 (SUM)     PLANNED     06-10 !   99.90      (suggested major, classified general)
 * h6     m3   t2   TAILINGS    AGENCY_INSPECTION   GENERAL 04-01 (PUSH)          SIGNED_OFF                       36 h
 * h7     m1   t1   OPEN_PIT    AGENCY_INSPECTION   MAJOR   04-02 (PUSH)          SIGNED_OFF                       72 h
 * h8     m2   t1   UNDERGROUND SELF_INSPECTION     GENERAL 04-03 (PUSH)          SIGNED_OFF                       24 h
 * h9     m3   t2   TAILINGS    SPOT_CHECK          MAJOR   04-04 (PUSH)          SIGNED_OFF                       120 h
 * h10    m1   t1   OPEN_PIT    AGENCY_INSPECTION   GENERAL 05-31 16:30 (SUM*)    SIGNED_OFF                       240 h (06-11 CST, SUM)
 * h11    m2   t1   UNDERGROUND SELF_INSPECTION     GENERAL 03-10 15:59:59 (MOB*) SIGNED_OFF                       13 h (03-11 CST, PUSH)
 * h12    m3   t2   TAILINGS    AGENCY_INSPECTION   GENERAL 04-05 (PUSH)          SIGNED_OFF                       96 h
 * h13    m4   t2   (unknown)   SELF_INSPECTION     MAJOR   04-06 (PUSH)          SIGNED_OFF                       300 h
 * h14    m1: another campaign; h15 m3: no campaign (neither counts)
 * (* the day in China Standard Time differs from the UTC day; ! overdue at {@link #NOW})
 *
 * order mine town type  issued (phase)  status now
 * o1    m1   t1   STOP  03-05 (MOB)     IN_FORCE (m1 stopped by it)
 * o2    m3   t2   STOP  04-01 (PUSH)    LIFTED
 * o3    m2   t1   RECT  03-20 (PUSH)    FULFILLED
 * o4    m1   t1   STOP  06-02 (SUM)     RESUMPTION_APPLIED (m1 stopped by it)
 * o5    m4   t2   RECT  04-10 (PUSH)    ISSUED
 * o6    m3   t2   STOP  05-31 16:00 = 06-01 CST (SUM)  ISSUED
 * o7    m3: another campaign, in force, stops m3 (does not count)
 * m4 is never registered: its hazards have no mine type, and no ledger lists it
 *
 * tips: tp1 t1 03-03 CONVERTED; tp2 t2 04-01 DISMISSED; tp3 t3 05-05 RECEIVED; tp5 t1 02-28 16:00 (03-01 CST)
 * RECEIVED; outside the campaign: tp4 t1 02-28 15:59:59 (still 02-28 CST), tp6 another town, tp7 no town
 * </pre>
 */
public final class CampaignFixture {

  /** The time of the question. */
  public static final Instant NOW = Instant.parse("2026-06-15T00:00:00Z");

  public final String run;
  public final String campaign;
  public final String t1;
  public final String t2;
  public final String t3;
  public final String entA;
  public final String entB;
  public final String entC;
  public final String m1;
  public final String m2;
  public final String m3;
  public final String m4;

  private final List<EventEnvelope<?>> events = new ArrayList<>();

  public CampaignFixture(String run) {
    this.run = run;
    campaign = "camp-" + run;
    t1 = "t1-" + run;
    t2 = "t2-" + run;
    t3 = "t3-" + run;
    entA = "entA-" + run;
    entB = "entB-" + run;
    entC = "entC-" + run;
    m1 = "m1-" + run;
    m2 = "m2-" + run;
    m3 = "m3-" + run;
    m4 = "m4-" + run;
    build();
  }

  /** Every event of the fixture, each aggregate's in sequence order. */
  public List<EventEnvelope<?>> events() {
    return List.copyOf(events);
  }

  public String id(String name) {
    return name + "-" + run;
  }

  private void build() {
    events.add(campaignEvent(campaign, 0, campaignLaunched(campaign, List.of(t1, t2, t3))));
    events.add(mineEvent(m1, 0, mineRegistered(m1, entA, t1, MineType.OPEN_PIT)));
    events.add(mineEvent(m2, 0, mineRegistered(m2, entA, t1, MineType.UNDERGROUND)));
    events.add(mineEvent(m3, 0, mineRegistered(m3, entB, t2, MineType.TAILINGS_POND)));

    hazard("h1", m1, entA, t1, campaign, HazardSource.AGENCY_INSPECTION, HazardLevel.GENERAL, "2026-03-02T02:00:00Z")
        .plan("2026-03-20T00:00:00Z", "1000.10").signOffAfter(48);
    hazard("h2", m1, entA, t1, campaign, HazardSource.SELF_INSPECTION, HazardLevel.MAJOR, "2026-03-10T17:00:00Z")
        .plan("2026-04-01T00:00:00Z", "250000.55");
    hazard("h3", m2, entA, t1, campaign, HazardSource.SPOT_CHECK, HazardLevel.MAJOR, "2026-03-12T00:00:00Z")
        .classify(HazardLevel.MAJOR).plan("2026-05-01T00:00:00Z", "0.35").signOffAfter(240).reopen(300);
    hazard("h4", m3, entB, t2, campaign, HazardSource.WHISTLEBLOWER_TIP, HazardLevel.GENERAL, "2026-03-05T00:00:00Z")
        .plan("2026-03-25T00:00:00Z", null).signOffAfter(100).reopen(150).signOffAfter(200).reopen(250).signOffAfter(480);
    hazard("h5", m4, entC, t2, campaign, HazardSource.REVISIT, HazardLevel.MAJOR, "2026-06-01T00:00:00Z")
        .classify(HazardLevel.GENERAL).plan("2026-06-10T00:00:00Z", "99.90");
    signedOff("h6", m3, entB, t2, HazardSource.AGENCY_INSPECTION, HazardLevel.GENERAL, "2026-04-01T00:00:00Z", 36);
    signedOff("h7", m1, entA, t1, HazardSource.AGENCY_INSPECTION, HazardLevel.MAJOR, "2026-04-02T00:00:00Z", 72);
    signedOff("h8", m2, entA, t1, HazardSource.SELF_INSPECTION, HazardLevel.GENERAL, "2026-04-03T00:00:00Z", 24);
    signedOff("h9", m3, entB, t2, HazardSource.SPOT_CHECK, HazardLevel.MAJOR, "2026-04-04T00:00:00Z", 120);
    signedOff("h10", m1, entA, t1, HazardSource.AGENCY_INSPECTION, HazardLevel.GENERAL, "2026-05-31T16:30:00Z", 240);
    signedOff("h11", m2, entA, t1, HazardSource.SELF_INSPECTION, HazardLevel.GENERAL, "2026-03-10T15:59:59Z", 13);
    signedOff("h12", m3, entB, t2, HazardSource.AGENCY_INSPECTION, HazardLevel.GENERAL, "2026-04-05T00:00:00Z", 96);
    signedOff("h13", m4, entC, t2, HazardSource.SELF_INSPECTION, HazardLevel.MAJOR, "2026-04-06T00:00:00Z", 300);
    hazard("h14", m1, entA, t1, "camp-other-" + run, HazardSource.AGENCY_INSPECTION, HazardLevel.MAJOR,
        "2026-03-03T00:00:00Z").plan("2026-03-04T00:00:00Z", "5000.00");
    hazard("h15", m3, entB, t2, null, HazardSource.SELF_INSPECTION, HazardLevel.GENERAL, "2026-03-03T00:00:00Z");

    String o1 = id("o1");
    events.add(orderEvent(o1, 0, orderIssued(o1, m1, entA, t1, OrderType.STOP_PRODUCTION, campaign, at("2026-03-05T02:00:00Z"))));
    events.add(orderEvent(o1, 1, stopTookEffect(o1, m1)));
    events.add(mineEvent(m1, 1, mineStopped(m1, o1)));
    String o2 = id("o2");
    events.add(orderEvent(o2, 0, orderIssued(o2, m3, entB, t2, OrderType.STOP_PRODUCTION, campaign, at("2026-04-01T00:00:00Z"))));
    events.add(orderEvent(o2, 1, stopTookEffect(o2, m3)));
    events.add(orderEvent(o2, 2, resumptionApplied(o2, 1)));
    events.add(orderEvent(o2, 3, resumptionReviewed(o2, ReviewOutcome.PASS)));
    events.add(orderEvent(o2, 4, orderLifted(o2, m3)));
    String o3 = id("o3");
    events.add(orderEvent(o3, 0, orderIssued(o3, m2, entA, t1, OrderType.RECTIFY_WITHIN_DEADLINE, campaign, at("2026-03-20T00:00:00Z"))));
    events.add(orderEvent(o3, 1, orderAcknowledged(o3)));
    events.add(orderEvent(o3, 2, orderFulfilled(o3)));
    String o4 = id("o4");
    events.add(orderEvent(o4, 0, orderIssued(o4, m1, entA, t1, OrderType.STOP_PRODUCTION, campaign, at("2026-06-02T00:00:00Z"))));
    events.add(orderEvent(o4, 1, stopTookEffect(o4, m1)));
    events.add(orderEvent(o4, 2, resumptionApplied(o4, 1)));
    events.add(mineEvent(m1, 2, mineStopped(m1, o4)));
    String o5 = id("o5");
    events.add(orderEvent(o5, 0, orderIssued(o5, m4, entC, t2, OrderType.RECTIFY_WITHIN_DEADLINE, campaign, at("2026-04-10T00:00:00Z"))));
    String o6 = id("o6");
    events.add(orderEvent(o6, 0, orderIssued(o6, m3, entB, t2, OrderType.STOP_PRODUCTION, campaign, at("2026-05-31T16:00:00Z"))));
    String o7 = id("o7");
    events.add(orderEvent(o7, 0, orderIssued(o7, m3, entB, t2, OrderType.STOP_PRODUCTION, "camp-other-" + run, at("2026-04-01T00:00:00Z"))));
    events.add(orderEvent(o7, 1, stopTookEffect(o7, m3)));
    events.add(mineEvent(m3, 1, mineStopped(m3, o7)));

    String tp1 = tip("tp1", t1, "2026-03-03T00:00:00Z");
    events.add(tipEvent(tp1, 1, tipConverted(tp1, id("h4"))));
    String tp2 = tip("tp2", t2, "2026-04-01T00:00:00Z");
    events.add(tipEvent(tp2, 1, tipDismissed(tp2)));
    tip("tp3", t3, "2026-05-05T00:00:00Z");
    tip("tp4", t1, "2026-02-28T15:59:59Z");
    tip("tp5", t1, "2026-02-28T16:00:00Z");
    tip("tp6", "town-elsewhere-" + run, "2026-04-01T00:00:00Z");
    tip("tp7", null, "2026-04-01T00:00:00Z");
  }

  private String tip(String name, String town, String receivedAt) {
    String id = id(name);
    events.add(tipEvent(id, 0, tipReceived(id, town, at(receivedAt))));
    return id;
  }

  private void signedOff(
      String name, String mine, String enterprise, String town, HazardSource source, HazardLevel level,
      String reportedAt, long hoursToSignOff) {
    hazard(name, mine, enterprise, town, campaign, source, level, reportedAt)
        .plan(at(reportedAt).plus(Duration.ofDays(30)).toString(), null)
        .signOffAfter(hoursToSignOff);
  }

  private HazardBuilder hazard(
      String name, String mine, String enterprise, String town, String campaignId, HazardSource source,
      HazardLevel suggested, String reportedAt) {
    String id = id(name);
    Instant reported = at(reportedAt);
    events.add(hazardEvent(id, 0,
        new HazardReported(id, mine, enterprise, town, campaignId, source, "slope", "Hazard " + name,
            "found at " + mine, "bench 1", reported.minusSeconds(600), reported, "YH-" + id, suggested, List.of(),
            List.of())));
    return new HazardBuilder(id, reported);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  /** The later events of one hazard, in sequence. */
  private final class HazardBuilder {
    private final String id;
    private final Instant reportedAt;
    private long sequence;

    HazardBuilder(String id, Instant reportedAt) {
      this.id = id;
      this.reportedAt = reportedAt;
    }

    HazardBuilder classify(HazardLevel level) {
      return next(new HazardClassified(id, level, List.of(), null, "on site", reportedAt.plusSeconds(60)));
    }

    HazardBuilder plan(String deadline, String funds) {
      return next(new RectificationPlanned(
          id, List.of("fix it"),
          funds == null ? null : new RectificationPlanned.Funds(new BigDecimal(funds), "enterprise budget"),
          at(deadline), new RectificationPlanned.Responsibility("Li", "manager", "pit"), null,
          reportedAt.plusSeconds(120)));
    }

    /** Starts, completes and signs off the hazard {@code hours} after its report. */
    HazardBuilder signOffAfter(long hours) {
      Instant signedOffAt = reportedAt.plus(Duration.ofHours(hours));
      next(new RectificationStarted(id, reportedAt.plusSeconds(180)));
      next(new RectificationCompleted(id, List.of(), "done", signedOffAt.minusSeconds(60)));
      return next(new HazardSignedOff(id, HazardLevel.GENERAL, "verified", signedOffAt));
    }

    /** Reopens the hazard {@code hours} after its report. */
    HazardBuilder reopen(long hours) {
      return next(new HazardReopened(id, "found again", "lookback-1", reportedAt.plus(Duration.ofHours(hours))));
    }

    private HazardBuilder next(Object payload) {
      events.add(hazardEvent(id, ++sequence, payload));
      return this;
    }
  }
}
