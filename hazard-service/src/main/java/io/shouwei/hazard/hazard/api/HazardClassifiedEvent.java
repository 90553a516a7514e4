package io.shouwei.hazard.hazard.api;

import io.shouwei.contracts.hazard.HazardLevel;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Stored when a person sets or changes a hazard's level.
 *
 * @param previousLevel the level classified before, or {@code null} for the first classification
 */
@Revision("1")
public record HazardClassifiedEvent(
    String hazardId,
    HazardLevel level,
    List<String> criteria,
    HazardLevel previousLevel,
    String reason,
    Instant classifiedAt) {

  public HazardClassifiedEvent {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }
}
