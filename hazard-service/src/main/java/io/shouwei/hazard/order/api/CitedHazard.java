package io.shouwei.hazard.order.api;

/**
 * A hazard an order is to cite, as the issuer's service found it.
 *
 * @param mineId the mine of the hazard, or {@code null} when no such hazard is known to the issuer
 */
public record CitedHazard(String hazardId, String mineId) {}
