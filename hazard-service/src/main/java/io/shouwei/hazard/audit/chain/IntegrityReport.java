package io.shouwei.hazard.audit.chain;

/**
 * The result of recomputing an aggregate's hash chain.
 *
 * @param events how many events are stored for the aggregate
 * @param firstBrokenSequence the first sequence at which the chain does not hold, or {@code null}
 *     when it is intact
 * @param reason why it does not hold there, or {@code null} when it is intact
 */
public record IntegrityReport(boolean intact, long events, Long firstBrokenSequence, String reason) {

  static IntegrityReport intact(long events) {
    return new IntegrityReport(true, events, null, null);
  }

  static IntegrityReport broken(long events, long sequence, String reason) {
    return new IntegrityReport(false, events, sequence, reason);
  }
}
