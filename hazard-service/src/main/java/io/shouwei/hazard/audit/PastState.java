package io.shouwei.hazard.audit;

/**
 * An object's state replayed from its stored events.
 *
 * @param version the sequence number of the last event replayed
 */
public record PastState<V>(V state, long version) {}
