package io.shouwei.platform.web;

import java.util.List;

/**
 * One page of a list endpoint: {@code page} from 0, {@code size} from 1 to the endpoint's cap. A
 * page or size out of range is refused with 400 (never clamped), so a client learns the cap
 * instead of silently getting fewer items than it asked for.
 */
public record PageParams(int page, int size) {

  /** Checks {@code page} and {@code size} against the cap {@code maxSize}; 400 problem when out of range. */
  public static PageParams of(int page, int size, int maxSize) {
    if (page < 0 || page > Integer.MAX_VALUE / maxSize) {
      throw ProblemException.invalid("page must be between 0 and " + Integer.MAX_VALUE / maxSize + ".");
    }
    if (size < 1 || size > maxSize) {
      throw ProblemException.invalid("size must be between 1 and " + maxSize + ".");
    }
    return new PageParams(page, size);
  }

  /** The index of this page's first item. */
  public long offset() {
    return (long) page * size;
  }

  /** This page of a list that holds every item, in order. */
  public <T> List<T> of(List<T> all) {
    if (offset() >= all.size()) {
      return List.of();
    }
    int from = (int) offset();
    return List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
  }
}
