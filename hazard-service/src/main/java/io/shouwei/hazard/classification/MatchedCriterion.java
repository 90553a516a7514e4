package io.shouwei.hazard.classification;

/**
 * A criterion of the standard that the facts meet.
 *
 * @param code the criterion's code, e.g. {@code OP-07.1}
 * @param reason which facts met it (the decision table's reason; several rows of one criterion are
 *     joined with "; ")
 * @param textZh the criterion's text in Chinese, as published
 * @param textEn the criterion's text in English
 */
public record MatchedCriterion(String code, String reason, String textZh, String textEn) {}
