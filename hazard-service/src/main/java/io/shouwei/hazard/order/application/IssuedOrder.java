package io.shouwei.hazard.order.application;

/** An order just issued: its id and number. */
public record IssuedOrder(String id, String number) {}
