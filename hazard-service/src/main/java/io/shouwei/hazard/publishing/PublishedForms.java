package io.shouwei.hazard.publishing;

import java.util.Optional;

/**
 * The published form of one aggregate's internal events: one implementation per aggregate
 * package, registered as a bean. Internal events stay free to change; the contracts payload they
 * map to is what other services and systems read.
 */
public interface PublishedForms {

  /** The contracts payload of {@code internalEvent}, or empty when it is not one of this aggregate's. */
  Optional<Object> publishedFormOf(Object internalEvent);
}
