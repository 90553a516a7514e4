package io.shouwei.hazard.order.web;

import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/orders/{id}/fulfilment}: an optional remark; the body may be left out. */
public record FulfilmentRequest(@Size(max = 4000) String remark) {}
