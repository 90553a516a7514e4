package io.shouwei.reporting.query;

import java.util.List;

/**
 * One page of a search.
 *
 * @param page the page number, from 0
 * @param size the greatest number of items a page holds
 * @param total how many items the whole search finds
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
