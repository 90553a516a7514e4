package io.shouwei.hazard.mine.web;

/** The answer to a successful registration: the new mine's id. */
public record MineCreated(String id) {}
