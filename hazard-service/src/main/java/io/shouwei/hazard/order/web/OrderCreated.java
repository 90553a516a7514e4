package io.shouwei.hazard.order.web;

/** The answer to a successful issue: the new order's id and number. */
public record OrderCreated(String id, String number) {}
