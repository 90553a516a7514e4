package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Stored when progress of a rectification is recorded. */
@Revision("1")
public record RectificationProgressRecordedEvent(
    String hazardId, String note, int percent, List<String> evidenceRefs, Instant recordedAt) {

  public RectificationProgressRecordedEvent {
    evidenceRefs = evidenceRefs == null ? List.of() : List.copyOf(evidenceRefs);
  }
}
