package io.shouwei.hazard.hazard.web;

/** The answer to a successful report: the new hazard's id. */
public record HazardCreated(String id) {}
