package io.shouwei.hazard.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.hazard.audit.chain.ChainVerifier.Head;
import io.shouwei.hazard.audit.chain.ChainVerifier.Link;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  /** A correctly chained aggregate of {@code n} events. */
  static List<Link> chain(int n) {
    List<Link> links = new ArrayList<>();
    String prev = EventHash.GENESIS;
    for (int i = 0; i < n; i++) {
      ChainedEvent e = event(i, "{\"step\":" + i + "}", prev);
      String hash = EventHash.of(e);
      links.add(new Link(e, hash));
      prev = hash;
    }
    return links;
  }

  static ChainedEvent event(long sequence, String payload, String prevHash) {
    return new ChainedEvent(
        "Hazard", "h-1", sequence, "event-" + sequence, "io.shouwei.Step", "1",
        Instant.parse("2025-05-12T06:30:00Z").plusSeconds(sequence), payload.getBytes(StandardCharsets.UTF_8),
        "u-1", "ENTERPRISE", "ent-1", "corr-1", "cause-" + sequence, prevHash);
  }

  static Optional<Head> headOf(List<Link> links) {
    Link last = links.get(links.size() - 1);
    return Optional.of(new Head(last.event().sequence(), last.storedHash()));
  }

  @Test
  void correctChain_isIntact() {
    List<Link> links = chain(4);

    IntegrityReport report = ChainVerifier.verify(links, headOf(links));

    assertThat(report).isEqualTo(new IntegrityReport(true, 4, null, null));
  }

  @Test
  void alteredPayload_namesItsSequence() {
    List<Link> links = new ArrayList<>(chain(4));
    Link second = links.get(2);
    ChainedEvent e = second.event();
    links.set(2, new Link(event(2, "{\"step\":22}", e.prevHash()), second.storedHash()));

    IntegrityReport report = ChainVerifier.verify(links, headOf(chain(4)));

    assertThat(report.intact()).isFalse();
    assertThat(report.events()).isEqualTo(4);
    assertThat(report.firstBrokenSequence()).isEqualTo(2);
    assertThat(report.reason()).contains("altered");
  }

  @Test
  void eventRecomputedAfterAlteration_breaksTheLinkOfTheNextOne() {
    List<Link> links = new ArrayList<>(chain(4));
    ChainedEvent forged = event(1, "{\"step\":\"forged\"}", links.get(0).storedHash());
    links.set(1, new Link(forged, EventHash.of(forged)));

    IntegrityReport report = ChainVerifier.verify(links, headOf(chain(4)));

    assertThat(report.firstBrokenSequence()).isEqualTo(2);
    assertThat(report.reason()).contains("does not link to event 1");
  }

  @Test
  void deletedEventInTheMiddle_isAGap() {
    List<Link> links = new ArrayList<>(chain(4));
    links.remove(1);

    IntegrityReport report = ChainVerifier.verify(links, headOf(chain(4)));

    assertThat(report.events()).isEqualTo(3);
    assertThat(report.firstBrokenSequence()).isEqualTo(1);
    assertThat(report.reason()).contains("Event 1 is missing").contains("from sequence 0 to 2");
  }

  @Test
  void deletedFirstEvent_isAGapAtZero() {
    List<Link> links = new ArrayList<>(chain(3));
    links.remove(0);

    IntegrityReport report = ChainVerifier.verify(links, headOf(chain(3)));

    assertThat(report.firstBrokenSequence()).isZero();
    assertThat(report.reason()).contains("Event 0 is missing");
  }

  @Test
  void deletedLatestEvents_areNamedByTheChainHead() {
    List<Link> all = chain(5);
    List<Link> links = new ArrayList<>(all.subList(0, 3));

    IntegrityReport report = ChainVerifier.verify(links, headOf(all));

    assertThat(report.firstBrokenSequence()).isEqualTo(3);
    assertThat(report.reason()).contains("Events 3 to 4 are missing");
  }

  @Test
  void everyEventDeleted_isReported() {
    List<Link> all = chain(1);

    IntegrityReport report = ChainVerifier.verify(List.of(), headOf(all));

    assertThat(report).isEqualTo(new IntegrityReport(false, 0, 0L,
        "Event 0 is missing: the chain head records event 0 as the latest."));
  }

  @Test
  void latestEventReplaced_doesNotMatchTheHead() {
    List<Link> links = new ArrayList<>(chain(3));
    ChainedEvent other = event(2, "{\"step\":\"other\"}", links.get(1).storedHash());
    links.set(2, new Link(other, EventHash.of(other)));

    IntegrityReport report = ChainVerifier.verify(links, headOf(chain(3)));

    assertThat(report.firstBrokenSequence()).isEqualTo(2);
    assertThat(report.reason()).contains("not the event the chain head records");
  }

  @Test
  void eventsBeyondTheChainHead_areNamed() {
    List<Link> links = chain(4);

    IntegrityReport report = ChainVerifier.verify(links, headOf(links.subList(0, 2)));

    assertThat(report.firstBrokenSequence()).isEqualTo(2);
    assertThat(report.reason()).contains("not appended through the chain");
  }

  @Test
  void eventWithoutHash_orWithAnotherGenesis_isBroken() {
    List<Link> withoutHash = new ArrayList<>(chain(2));
    withoutHash.set(1, new Link(withoutHash.get(1).event(), null));
    ChainedEvent badStart = event(0, "{}", "f".repeat(64));

    assertThat(ChainVerifier.verify(withoutHash, headOf(chain(2))).reason()).isEqualTo("Event 1 carries no hash.");
    assertThat(ChainVerifier.verify(List.of(new Link(badStart, EventHash.of(badStart))), Optional.empty()).reason())
        .contains("genesis");
  }

  @Test
  void missingChainHead_orNoEvents_isNotIntact() {
    assertThat(ChainVerifier.verify(chain(2), Optional.empty()))
        .isEqualTo(new IntegrityReport(false, 2, 1L,
            "No chain head is recorded, so the latest event cannot be vouched for."));
    assertThat(ChainVerifier.verify(List.of(), Optional.empty()))
        .isEqualTo(new IntegrityReport(false, 0, 0L, "No events are stored."));
  }

  @Test
  void aRunContinuingAKnownHash_holds_andNamesWhereItBreaks() {
    List<Link> links = chain(6);
    List<Link> run = links.subList(3, 6);
    String third = links.get(2).storedHash();

    assertThat(ChainVerifier.firstBreak(run, 3, third)).isEmpty();
    assertThat(ChainVerifier.firstBreak(run, 3, links.get(1).storedHash()))
        .contains(new ChainVerifier.Break(3, "Event 3 does not link to event 2: its prevHash is not that event's hash."));
    assertThat(ChainVerifier.firstBreak(links.subList(4, 6), 3, third))
        .contains(new ChainVerifier.Break(3, "Event 3 is missing: the stored events jump from sequence 2 to 4."));
    List<Link> altered = new ArrayList<>(run);
    Link fifth = altered.get(2);
    altered.set(2, new Link(event(5, "{\"step\":55}", fifth.event().prevHash()), fifth.storedHash()));
    assertThat(ChainVerifier.firstBreak(altered, 3, third))
        .contains(new ChainVerifier.Break(5, "Event 5 was altered: what is stored no longer hashes to its hash."));
  }
}
