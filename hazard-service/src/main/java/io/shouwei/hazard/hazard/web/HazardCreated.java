package io.shouwei.hazard.hazard.web;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.classification.MatchedCriterion;
import io.shouwei.hazard.hazard.application.ReportedHazard;
import java.util.List;

/**
 * The answer to a successful report.
 *
 * @param number the human-readable number, e.g. {@code YH-310115101-2026-0007}
 * @param suggestedLevel what the major-hazard decision table suggests from the mine's and the
 *     reported facts: a suggestion, never a classification
 * @param matchedCriteria the criteria the facts meet, with the reason and the criterion's text;
 *     empty for GENERAL
 */
public record HazardCreated(
    String id, String number, HazardLevel suggestedLevel, List<MatchedCriterionBody> matchedCriteria) {

  /** A criterion the facts meet: its code, which facts met it, and its text in Chinese and English. */
  public record MatchedCriterionBody(String code, String reason, String textZh, String textEn) {

    static MatchedCriterionBody of(MatchedCriterion c) {
      return new MatchedCriterionBody(c.code(), c.reason(), c.textZh(), c.textEn());
    }
  }

  static HazardCreated of(ReportedHazard reported) {
    return new HazardCreated(
        reported.id(),
        reported.number(),
        reported.suggestion().level(),
        reported.suggestion().criteria().stream().map(MatchedCriterionBody::of).toList());
  }
}
