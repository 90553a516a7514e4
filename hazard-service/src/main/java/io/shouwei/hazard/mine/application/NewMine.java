package io.shouwei.hazard.mine.application;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;

/** What a caller registers about a mine; the service adds its id. */
public record NewMine(
    String name, String enterpriseId, String enterpriseName, String townCode, MineType type, MineFacts facts) {}
