package io.shouwei.hazard.classification;

import io.shouwei.contracts.hazard.HazardLevel;
import java.util.List;

/**
 * What the major-hazard determination suggests for a mine's facts: {@link HazardLevel#MAJOR} when at
 * least one criterion of the standard is met, else {@link HazardLevel#GENERAL}. A suggestion only:
 * the agency's classification is recorded beside it and never replaced by it.
 *
 * @param level the suggested level
 * @param criteria the criteria met, in the order of the decision table's rows; empty for GENERAL
 */
public record Suggestion(HazardLevel level, List<MatchedCriterion> criteria) {

  public Suggestion {
    criteria = List.copyOf(criteria);
    if ((level == HazardLevel.MAJOR) == criteria.isEmpty()) {
      throw new IllegalArgumentException("level " + level + " does not fit " + criteria.size() + " criteria");
    }
  }

  /** The suggestion for the criteria met: MAJOR for one or more. */
  public static Suggestion of(List<MatchedCriterion> criteria) {
    return new Suggestion(criteria.isEmpty() ? HazardLevel.GENERAL : HazardLevel.MAJOR, criteria);
  }

  /** The codes of the criteria met, e.g. {@code OP-07.1}. */
  public List<String> codes() {
    return criteria.stream().map(MatchedCriterion::code).toList();
  }
}
