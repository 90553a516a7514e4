package io.shouwei.hazard.tip.web;

/** The answer to a received tip: the code to follow it by, shown this once and stored nowhere. */
public record TipReceipt(String trackingCode) {}
