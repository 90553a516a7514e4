package io.shouwei.hazard.hazard.application;

import io.shouwei.hazard.hazard.view.HazardView;

/** A request for more time: its number, and the hazard afterwards. */
public record ExtensionRequested(int number, HazardView hazard) {}
