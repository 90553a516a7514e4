package io.shouwei.hazard.mine.api;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;
import org.axonframework.serialization.Revision;

/**
 * Stored when a mine is registered: the first event of every mine, which then operates. Published
 * as {@code io.shouwei.contracts.mine.MineRegistered}.
 */
@Revision("1")
public record MineRegisteredEvent(
    String mineId,
    String name,
    String enterpriseId,
    String enterpriseName,
    String townCode,
    MineType type,
    MineFacts facts) {}
