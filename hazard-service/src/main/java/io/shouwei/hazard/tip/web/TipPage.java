package io.shouwei.hazard.tip.web;

import java.util.List;

/** One page of tips, newest first. */
public record TipPage(int page, int size, List<TipResponse> items) {}
