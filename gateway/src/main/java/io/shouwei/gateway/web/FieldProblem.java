package io.shouwei.gateway.web;

/** One bad field of a request, listed under {@code errors} of a 400 problem. */
public record FieldProblem(String field, String message) {}
