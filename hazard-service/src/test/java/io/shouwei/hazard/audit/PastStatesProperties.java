package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.hazard.audit.AuditedStore.Read;
import io.shouwei.hazard.audit.RandomHistories.History;
import io.shouwei.hazard.audit.chain.EventHash;
import io.shouwei.hazard.audit.chain.IntegrityReport;
import io.shouwei.hazard.audit.chain.StateSeal;
import io.shouwei.hazard.hazard.view.HazardView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What must hold of past states replayed from audit snapshots, on any database the service runs
 * on: the same state as the replay of every event, for random histories and every version and
 * many instants around each event and snapshot; a snapshot or its event altered in the database is
 * not used; a snapshot of another revision is ignored; the snapshotter seals nothing over a broken
 * chain and catches up on missed points. Run by {@link PastStatesH2Test} and {@link PastStatesIT}.
 */
final class PastStatesProperties {

  private static final int[] INTERVALS = {1, 2, 3, 5, 8, 13};

  private PastStatesProperties() {}

  // ------------------------------------------------------------------ random histories

  /**
   * For random histories of hazards, mines and orders and a random snapshot interval: at every
   * version (and one beyond the last) and at instants just before, at and after each stored event
   * and each snapshot's latest event, the past state from the snapshots is the full replay's and
   * the in-memory fold's; the replay started from the latest snapshot the point includes and read
   * only the events after it.
   */
  static void snapshotsGiveTheFullReplaysState(DataSource db, long seed, int trials) {
    for (int trial = 0; trial < trials; trial++) {
      long trialSeed = seed + trial;
      Random random = new Random(trialSeed);
      int interval = INTERVALS[random.nextInt(INTERVALS.length)];
      RandomHistories histories = new RandomHistories(random);
      List<History> objects = List.of(
          histories.hazard(20 + random.nextInt(60)), histories.any(1 + random.nextInt(40)),
          histories.any(1 + random.nextInt(40)));
      try (AuditedStore audit = new AuditedStore(db, interval)) {
        audit.store(random, objects.toArray(History[]::new));
        for (History object : objects) {
          String context = "seed " + trialSeed + ", interval " + interval + ", " + object.aggregateType() + " of "
              + object.events().size() + " events";
          replaysAlike(audit, object, interval, random, context);
        }
      }
    }
  }

  private static <V> void replaysAlike(AuditedStore audit, History object, int interval, Random random, String context) {
    @SuppressWarnings("unchecked")
    AuditedType<V> type = (AuditedType<V>) audit.typeOf(object);
    List<Long> expectedSnapshots =
        LongStream.rangeClosed(0, object.last()).filter(s -> (s + 1) % interval == 0).boxed().toList();
    assertThat(audit.snapshotSequences(object.id())).as(context).isEqualTo(expectedSnapshots);

    for (ReplayPoint point : points(object, expectedSnapshots, random)) {
      Optional<PastState<V>> expected = type.fold().upTo(point, object.events().stream());
      assertThat(audit.states.fromFirstEvent(type, object.id(), point)).as("%s, full replay at %s", context, point)
          .isEqualTo(expected);

      Optional<PastState<V>> replayed = audit.states.replay(type, object.id(), point);

      assertThat(replayed).as("%s, at %s", context, point).isEqualTo(expected);
      long start = latestSnapshotWithin(object, expectedSnapshots, point);
      Read read = audit.lastRead();
      assertThat(read.firstSequence).as("%s, first event read at %s", context, point).isEqualTo(start + 1);
      if (point instanceof ReplayPoint.AtVersion at && at.version() <= object.last()) {
        assertThat(read.taken).as("%s, events read at %s", context, point)
            .isLessThanOrEqualTo((int) (at.version() - start + 1));
      }
    }
  }

  /** Every version and one beyond; instants around every event and around each snapshot's latest event. */
  private static List<ReplayPoint> points(History object, List<Long> snapshots, Random random) {
    List<ReplayPoint> points = new ArrayList<>();
    for (long v = 0; v <= object.last() + 1; v++) {
      points.add(new ReplayPoint.AtVersion(v));
    }
    TreeSet<Instant> instants = new TreeSet<>();
    for (DomainEventMessage<?> event : object.events()) {
      Instant t = event.getTimestamp();
      instants.add(switch (random.nextInt(3)) {
        case 0 -> t.minusNanos(1);
        case 1 -> t;
        default -> t.plusMillis(1);
      });
    }
    for (long s : snapshots) {
      Instant latest = latestTime(object, s);
      instants.add(latest);
      instants.add(latest.minusNanos(1));
      instants.add(latest.plusNanos(1));
    }
    instants.add(object.events().get(0).getTimestamp().minusMillis(1));
    instants.add(latestTime(object, object.last()).plus(1, ChronoUnit.DAYS));
    instants.add(Instant.MIN);
    instants.add(Instant.MAX);
    instants.forEach(t -> points.add(new ReplayPoint.AsOf(t)));
    return points;
  }

  /** The sequence of the latest snapshot the point includes entirely, or -1. */
  private static long latestSnapshotWithin(History object, List<Long> snapshots, ReplayPoint point) {
    long start = -1;
    for (long s : snapshots) {
      boolean within = point instanceof ReplayPoint.AtVersion at
          ? s <= at.version()
          : !latestTime(object, s).isAfter(((ReplayPoint.AsOf) point).instant());
      if (within) {
        start = s;
      }
    }
    return start;
  }

  private static Instant latestTime(History object, long upTo) {
    return object.events().stream().limit(upTo + 1).map(DomainEventMessage::getTimestamp).max(Instant::compareTo)
        .orElseThrow();
  }

  // ------------------------------------------------------------------ altered rows

  /** A hazard of events 0 to 9 (snapshots after 2, 5 and 8), or more events kept back. */
  private static History tenEvents(AuditedStore audit, Random random, int length) {
    History hazard = new RandomHistories(random).progressingHazard(length);
    audit.store(random, hazard.first(10));
    assertThat(audit.snapshotSequences(hazard.id())).containsExactly(2L, 5L, 8L);
    return hazard;
  }

  private static PastState<HazardView> replay(AuditedStore audit, String id, ReplayPoint point) {
    return audit.states.replay(audit.types.hazard(), id, point).orElseThrow();
  }

  private static PastState<HazardView> fullReplay(AuditedStore audit, String id, ReplayPoint point) {
    return audit.states.fromFirstEvent(audit.types.hazard(), id, point).orElseThrow();
  }

  /** A snapshot whose stored state was changed in the database fails its seal: the replay reads every event. */
  static void aSnapshotAlteredInTheDatabase_isNotUsed(DataSource db) {
    Random random = new Random(11);
    try (AuditedStore audit = new AuditedStore(db, 3)) {
      History hazard = tenEvents(audit, random, 10);
      ReplayPoint nine = new ReplayPoint.AtVersion(9);
      PastState<HazardView> before = replay(audit, hazard.id(), nine);
      assertThat(audit.lastRead().firstSequence).isEqualTo(9);

      replaceInSnapshot(audit, hazard.id(), 8, "\"progressPercent\":8,", "\"progressPercent\":88,");

      PastState<HazardView> after = replay(audit, hazard.id(), nine);
      assertThat(audit.lastRead().firstSequence).as("replayed from the first event").isZero();
      assertThat(after).isEqualTo(before).isEqualTo(fullReplay(audit, hazard.id(), nine));
      assertThat(after.state().progressPercent()).isEqualTo(9);
      assertThat(audit.replays("first-event", "seal-broken")).isEqualTo(1);
      assertThat(replay(audit, hazard.id(), new ReplayPoint.AsOf(Instant.MAX)).state().progressPercent()).isEqualTo(9);
      assertThat(audit.replays("first-event", "seal-broken")).isEqualTo(2);
      ReplayPoint seven = new ReplayPoint.AtVersion(7);
      PastState<HazardView> fromFive = replay(audit, hazard.id(), seven);
      assertThat(audit.lastRead().firstSequence).as("the intact snapshot at 5 still serves").isEqualTo(6);
      assertThat(fromFive).isEqualTo(fullReplay(audit, hazard.id(), seven));
    }
  }

  /**
   * A snapshot whose event was altered in the database (its payload, or its payload and its own
   * hash recomputed) or deleted is not used: the replay reads every event and shows what is stored.
   */
  static void aSnapshotWhoseEventWasAlteredOrDeleted_isNotUsed(DataSource db) {
    Random random = new Random(12);
    try (AuditedStore audit = new AuditedStore(db, 3)) {
      History hazard = tenEvents(audit, random, 10);
      ReplayPoint eight = new ReplayPoint.AtVersion(8);
      replaceInEvent(audit, hazard.id(), 8, "\"percent\":8,", "\"percent\":88,");

      PastState<HazardView> altered = replay(audit, hazard.id(), eight);

      assertThat(audit.lastRead().firstSequence).isZero();
      assertThat(altered.state().progressPercent()).as("what is stored now").isEqualTo(88);
      assertThat(altered).isEqualTo(fullReplay(audit, hazard.id(), eight));
      assertThat(audit.replays("first-event", "event-mismatch")).isEqualTo(1);

      rehashEvent(audit, hazard.id(), 8);
      assertThat(audit.stored.at(hazard.id(), 8).orElseThrow().hash())
          .as("the altered row hashes to its hash again").isEqualTo(EventHash.of(audit.stored.at(hazard.id(), 8)
              .orElseThrow().chained()));
      PastState<HazardView> rehashed = replay(audit, hazard.id(), eight);
      assertThat(audit.lastRead().firstSequence).isZero();
      assertThat(rehashed).isEqualTo(altered);
      assertThat(audit.replays("first-event", "event-mismatch")).isEqualTo(2);

      audit.jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 8", hazard.id());
      ReplayPoint nine = new ReplayPoint.AtVersion(9);
      assertThat(replay(audit, hazard.id(), nine)).isEqualTo(fullReplay(audit, hazard.id(), nine));
      assertThat(audit.replays("first-event", "event-missing")).isEqualTo(1);
    }
  }

  /**
   * A snapshot written by another revision of the state's classes is never read, even with a valid
   * seal: the replay starts from the latest snapshot of the current revision, or from the first event.
   */
  static void aSnapshotOfAnotherRevision_isIgnored(DataSource db) {
    Random random = new Random(13);
    try (AuditedStore audit = new AuditedStore(db, 3)) {
      History hazard = tenEvents(audit, random, 10);
      AuditSnapshot current =
          audit.snapshots.latestWithin(hazard.id(), audit.types.hazard().stateRevision(), new ReplayPoint.AtVersion(8))
              .orElseThrow();
      String older = "0".repeat(24);
      byte[] otherState = new String(current.state(), StandardCharsets.UTF_8)
          .replace("\"progressPercent\":8,", "\"progressPercent\":99,").getBytes(StandardCharsets.UTF_8);
      StateSeal.Sealed sealed = new StateSeal.Sealed(current.aggregateType(), current.aggregateId(), current.sequence(),
          current.eventHash(), current.latestEventAt(), current.stateType(), older, otherState);
      assertThat(audit.snapshots.save(new AuditSnapshot(current.aggregateType(), current.aggregateId(),
          current.sequence(), current.eventHash(), current.latestEventAt(), current.stateType(), older, otherState,
          StateSeal.of(sealed)))).isTrue();
      audit.jdbc.update("DELETE FROM audit_snapshot WHERE aggregate_id = ? AND sequence_number = 8 AND state_revision <> ?",
          hazard.id(), older);

      ReplayPoint nine = new ReplayPoint.AtVersion(9);
      PastState<HazardView> replayed = replay(audit, hazard.id(), nine);

      assertThat(audit.lastRead().firstSequence).as("from the current revision's snapshot at 5").isEqualTo(6);
      assertThat(replayed).isEqualTo(fullReplay(audit, hazard.id(), nine));
      assertThat(replayed.state().progressPercent()).isEqualTo(9);

      audit.jdbc.update("DELETE FROM audit_snapshot WHERE aggregate_id = ? AND state_revision <> ?", hazard.id(), older);
      PastState<HazardView> withoutCurrent = replay(audit, hazard.id(), nine);
      assertThat(audit.lastRead().firstSequence).isZero();
      assertThat(withoutCurrent).isEqualTo(replayed);
      assertThat(audit.replays("first-event", "no-snapshot")).isEqualTo(1);
    }
  }

  /**
   * The limit of a seal: an event before the snapshot, altered in place, breaks the chain (the
   * integrity check names it) but does not change the past states served from the snapshot, which
   * show the history as sealed; the full replay shows the altered event.
   */
  static void anEventAlteredBeforeTheSnapshot_isNamedByIntegrity_notSeenFromTheSnapshot(DataSource db) {
    Random random = new Random(14);
    try (AuditedStore audit = new AuditedStore(db, 3)) {
      History hazard = tenEvents(audit, random, 10);
      ReplayPoint nine = new ReplayPoint.AtVersion(9);
      PastState<HazardView> sealed = replay(audit, hazard.id(), nine);

      replaceInEvent(audit, hazard.id(), 1, "Fence off the crest of bench 4", "Nothing to do on bench 4");

      IntegrityReport integrity = audit.integrity(hazard.id());
      assertThat(integrity.intact()).isFalse();
      assertThat(integrity.firstBrokenSequence()).isEqualTo(1);
      assertThat(replay(audit, hazard.id(), nine)).isEqualTo(sealed);
      assertThat(sealed.state().plan().measures()).containsExactly("Fence off the crest of bench 4");
      assertThat(fullReplay(audit, hazard.id(), nine).state().plan().measures())
          .containsExactly("Nothing to do on bench 4");
    }
  }

  /** The snapshotter seals nothing over stored events that no longer chain; the past states read them all. */
  static void theSnapshotter_sealsNothingOverABrokenChain(DataSource db) {
    Random random = new Random(15);
    try (AuditedStore audit = new AuditedStore(db, 3)) {
      History hazard = tenEvents(audit, random, 12);
      replaceInEvent(audit, hazard.id(), 9, "\"percent\":9,", "\"percent\":90,");

      audit.store(random, hazard.from(10));

      assertThat(audit.snapshotSequences(hazard.id())).containsExactly(2L, 5L, 8L);
      assertThat(audit.snapshotsTaken("refused")).isEqualTo(1);
      ReplayPoint eleven = new ReplayPoint.AtVersion(11);
      PastState<HazardView> replayed = replay(audit, hazard.id(), eleven);
      assertThat(audit.lastRead().firstSequence).as("from the snapshot at 8").isEqualTo(9);
      assertThat(replayed).isEqualTo(fullReplay(audit, hazard.id(), eleven));
    }
  }

  /** Snapshot points that were missed (or deleted) are sealed by the next snapshot taken. */
  static void theSnapshotter_catchesUpOnMissedPoints(DataSource db) {
    Random random = new Random(16);
    try (AuditedStore audit = new AuditedStore(db, 3)) {
      History hazard = tenEvents(audit, random, 12);
      audit.jdbc.update("DELETE FROM audit_snapshot WHERE aggregate_id = ?", hazard.id());

      audit.store(random, hazard.from(10));

      assertThat(audit.snapshotSequences(hazard.id())).containsExactly(2L, 5L, 8L, 11L);
      for (long v = 0; v <= 11; v++) {
        ReplayPoint point = new ReplayPoint.AtVersion(v);
        assertThat(replay(audit, hazard.id(), point)).as("version %s", v).isEqualTo(fullReplay(audit, hazard.id(), point));
      }
      assertThat(audit.replays("first-event", "no-snapshot")).as("versions 0 and 1").isEqualTo(2);
      assertThat(audit.replays("snapshot", "verified")).isEqualTo(10);
    }
  }

  // ------------------------------------------------------------------ altering rows, as an intruder would

  private static void replaceInSnapshot(AuditedStore audit, String id, long sequence, String from, String to) {
    byte[] state = audit.jdbc.queryForObject(
        "SELECT state FROM audit_snapshot WHERE aggregate_id = ? AND sequence_number = ?", byte[].class, id, sequence);
    audit.jdbc.update("UPDATE audit_snapshot SET state = ? WHERE aggregate_id = ? AND sequence_number = ?",
        replaced(state, from, to), id, sequence);
  }

  private static void replaceInEvent(AuditedStore audit, String id, long sequence, String from, String to) {
    byte[] payload = audit.jdbc.queryForObject(
        "SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", byte[].class,
        id, sequence);
    audit.jdbc.update("UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ? AND sequencenumber = ?",
        replaced(payload, from, to), id, sequence);
  }

  /** Gives the stored event the hash of what is stored now, as a careful intruder would. */
  private static void rehashEvent(AuditedStore audit, String id, long sequence) {
    StoredEvent event = audit.stored.at(id, sequence).orElseThrow();
    byte[] metadata = audit.jdbc.queryForObject(
        "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", byte[].class,
        id, sequence);
    audit.jdbc.update("UPDATE domainevententry SET metadata = ? WHERE aggregateidentifier = ? AND sequencenumber = ?",
        replaced(metadata, event.hash(), EventHash.of(event.chained())), id, sequence);
  }

  private static byte[] replaced(byte[] stored, String from, String to) {
    String text = new String(stored, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
