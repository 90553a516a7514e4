package io.shouwei.hazard.hazard.application;

import io.shouwei.hazard.classification.Suggestion;

/** A hazard just reported: its id, its number, and what the decision table suggested for it. */
public record ReportedHazard(String id, String number, Suggestion suggestion) {}
