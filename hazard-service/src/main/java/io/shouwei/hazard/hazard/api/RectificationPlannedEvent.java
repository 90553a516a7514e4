package io.shouwei.hazard.hazard.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stored when the five items are assigned, and again on every re-planning. */
@Revision("1")
public record RectificationPlannedEvent(String hazardId, FiveItemPlan plan, Instant plannedAt) {}
