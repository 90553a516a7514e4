package io.shouwei.hazard.mine.api;

import org.axonframework.serialization.Revision;

/** Stored when a mine is closed for good; the mine's last event. */
@Revision("1")
public record MineClosedEvent(String mineId, String reason) {}
