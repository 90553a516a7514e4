package io.shouwei.hazard.mine.api;

import io.shouwei.hazard.mine.MineFacts;
import org.axonframework.serialization.Revision;

/** Stored when a mine's facts change: {@code facts} replaces all earlier facts. */
@Revision("1")
public record MineFactsUpdatedEvent(String mineId, MineFacts facts) {}
