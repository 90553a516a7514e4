package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Stored when the rectification is declared done and submitted for verification. */
@Revision("1")
public record RectificationCompletedEvent(
    String hazardId, List<String> evidenceRefs, String note, Instant completedAt) {

  public RectificationCompletedEvent {
    evidenceRefs = evidenceRefs == null ? List.of() : List.copyOf(evidenceRefs);
  }
}
