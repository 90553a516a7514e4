package io.shouwei.hazard.audit;

import java.util.Optional;
import java.util.function.Function;

/**
 * An aggregate type whose history, integrity and past states the audit serves: how to find whom
 * one of its objects belongs to (which decides who may read it), and how its state follows from
 * its events.
 *
 * @param aggregateType the aggregate type as stored with its events, e.g. {@code Hazard}
 * @param owner the enterprise and town of an object, or empty when there is no such object
 * @param fold the object's state from its events, as its view shows it
 * @param stateType the class of the state
 * @param stateRevision a digest of the classes that define the state and the fold: an audit
 *     snapshot is used only by the revision that wrote it
 * @param <V> the object's state
 */
public record AuditedType<V>(
    String aggregateType,
    Function<String, Optional<Owner>> owner,
    Fold<V> fold,
    Class<V> stateType,
    String stateRevision) {

  /** The enterprise an object belongs to and the town it lies in. */
  public record Owner(String enterpriseId, String townCode) {}
}
