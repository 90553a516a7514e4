package io.shouwei.reporting.admin;

import java.time.Instant;

/**
 * Where a rebuild of the read models stands.
 *
 * @param state what the rebuild does now, or how it ended
 * @param generation the generation being built (or built last); {@code null} before the first rebuild
 * @param activeGeneration the generation the queries read now
 * @param eventsDone records replayed so far, including records that arrived after the start
 * @param eventsTotal records in the topic when the rebuild started (the sum over the partitions of
 *     end offset minus first offset)
 * @param eventsPerSecond records replayed per second since the start
 * @param etaSeconds seconds until the records of the start are replayed, at this rate; {@code null}
 *     when not running or before the first record
 * @param malformed records that are not well-formed events, skipped (the live consumer sent them to
 *     the dead-letter topic already)
 * @param failure why the rebuild failed
 */
public record RebuildProgress(
    State state,
    Long generation,
    long activeGeneration,
    long eventsDone,
    long eventsTotal,
    double eventsPerSecond,
    Long etaSeconds,
    Instant startedAt,
    Instant finishedAt,
    long malformed,
    String failure) {

  /** The stages of a rebuild. */
  public enum State {
    /** No rebuild since the service started. */
    IDLE,
    /** Replaying the topic from its first record into the new generation. */
    REPLAYING,
    /**
     * The live consumer is paused; the rebuild replays up to its position and switches; then the old
     * generation is dropped after a grace period.
     */
    SWITCHING,
    /** The new generation is active; the old one is dropped. */
    DONE,
    /** The rebuild stopped; the active generation is unchanged and the new one dropped. */
    FAILED;

    boolean running() {
      return this == REPLAYING || this == SWITCHING;
    }
  }
}
