package io.shouwei.hazard.audit.chain;

import java.util.List;
import java.util.Optional;

/**
 * Recomputes the hash chain of one aggregate from its stored events and names the first sequence
 * where it breaks: a missing event (a gap in the sequence numbers, or missing events at the end
 * that the chain head still records), an event whose stored content no longer hashes to its stored
 * hash, or an event that does not link to the one before it.
 */
public final class ChainVerifier {

  /** One stored event: what its hash covers (with the stored {@code prevHash}) and the stored hash. */
  public record Link(ChainedEvent event, String storedHash) {}

  /**
   * The latest event appended to an aggregate, recorded apart from the events in the same
   * transaction: it reveals the deletion of an aggregate's latest events, which the chain alone
   * cannot.
   */
  public record Head(long sequence, String hash) {}

  private ChainVerifier() {}

  /**
   * @param links the aggregate's stored events in sequence order
   * @param head the recorded chain head, if any
   */
  public static IntegrityReport verify(List<Link> links, Optional<Head> head) {
    long events = links.size();
    Optional<Break> broken = firstBreak(links, 0, EventHash.GENESIS);
    if (broken.isPresent()) {
      return IntegrityReport.broken(events, broken.get().sequence(), broken.get().reason());
    }
    long last = links.isEmpty() ? -1 : links.get(links.size() - 1).event().sequence();
    String previousHash = links.isEmpty() ? EventHash.GENESIS : links.get(links.size() - 1).storedHash();
    if (head.isEmpty()) {
      return events == 0
          ? IntegrityReport.broken(0, 0, "No events are stored.")
          : IntegrityReport.broken(events, last,
              "No chain head is recorded, so the latest event cannot be vouched for.");
    }
    Head recorded = head.get();
    if (recorded.sequence() > last) {
      return IntegrityReport.broken(events, last + 1,
          (recorded.sequence() == last + 1
                  ? "Event " + (last + 1) + " is missing"
                  : "Events " + (last + 1) + " to " + recorded.sequence() + " are missing")
              + ": the chain head records event " + recorded.sequence() + " as the latest.");
    }
    if (recorded.sequence() < last) {
      return IntegrityReport.broken(events, recorded.sequence() + 1,
          "Event " + (recorded.sequence() + 1) + " was not appended through the chain: the chain head records event "
              + recorded.sequence() + " as the latest.");
    }
    if (!recorded.hash().equals(previousHash)) {
      return IntegrityReport.broken(events, last,
          "Event " + last + " is not the event the chain head records as the latest.");
    }
    return IntegrityReport.intact(events);
  }

  /** Where a run of stored events stops being a valid chain, and why. */
  public record Break(long sequence, String reason) {}

  /**
   * Checks a run of stored events that should continue a chain: consecutive sequences from
   * {@code firstSequence}, each hashing to its stored hash and linking to the one before, the first
   * to {@code previousHash}. This proves the run is an unaltered continuation of the event whose
   * hash is {@code previousHash}; it says nothing about the events before that one.
   *
   * @param previousHash the hash of the event at {@code firstSequence - 1}, or
   *     {@link EventHash#GENESIS} when {@code firstSequence} is 0
   * @return the first place where the run does not hold, or empty when it all holds
   */
  public static Optional<Break> firstBreak(List<Link> links, long firstSequence, String previousHash) {
    long expected = firstSequence;
    String previous = previousHash;
    for (Link link : links) {
      ChainedEvent event = link.event();
      long sequence = event.sequence();
      if (sequence != expected) {
        return Optional.of(new Break(expected,
            expected == 0
                ? "Event 0 is missing: the first stored event has sequence " + sequence + "."
                : "Event " + expected + " is missing: the stored events jump from sequence " + (expected - 1)
                    + " to " + sequence + "."));
      }
      if (link.storedHash() == null) {
        return Optional.of(new Break(sequence, "Event " + sequence + " carries no hash."));
      }
      if (!previous.equals(event.prevHash())) {
        return Optional.of(new Break(sequence,
            sequence == 0
                ? "Event 0 does not start the chain: its prevHash is not the genesis value."
                : "Event " + sequence + " does not link to event " + (sequence - 1)
                    + ": its prevHash is not that event's hash."));
      }
      if (!EventHash.of(event).equals(link.storedHash())) {
        return Optional.of(new Break(sequence,
            "Event " + sequence + " was altered: what is stored no longer hashes to its hash."));
      }
      previous = link.storedHash();
      expected = sequence + 1;
    }
    return Optional.empty();
  }
}
