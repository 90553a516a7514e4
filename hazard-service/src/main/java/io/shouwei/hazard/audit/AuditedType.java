package io.shouwei.hazard.audit;

import java.util.Optional;
import java.util.function.Function;

/**
 * An aggregate type whose history and integrity the audit serves, and how to find whom one of its
 * objects belongs to (which decides who may read it).
 *
 * @param aggregateType the aggregate type as stored with its events, e.g. {@code Hazard}
 * @param owner the enterprise and town of an object, or empty when there is no such object
 */
public record AuditedType(String aggregateType, Function<String, Optional<Owner>> owner) {

  /** The enterprise an object belongs to and the town it lies in. */
  public record Owner(String enterpriseId, String townCode) {}
}
