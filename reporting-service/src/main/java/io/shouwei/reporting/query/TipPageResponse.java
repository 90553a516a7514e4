package io.shouwei.reporting.query;

import io.shouwei.reporting.projection.TipStatus;
import java.util.List;
import java.util.Map;

/**
 * One page of a tip search, with how many tips of each status the search finds whatever its
 * {@code status} filter.
 *
 * @param page the page number, from 0
 * @param size the greatest number of items a page holds
 * @param total how many tips the whole search finds
 * @param byStatus how many tips of each status there are under the search's other filters
 */
public record TipPageResponse(
    List<TipResponse> items, int page, int size, long total, Map<TipStatus, Long> byStatus) {}
