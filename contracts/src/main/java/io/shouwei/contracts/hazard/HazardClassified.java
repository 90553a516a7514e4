package io.shouwei.contracts.hazard;

import java.time.Instant;
import java.util.List;

/**
 * Published when a hazard's level is set or changed by a person (an agency confirming or
 * downgrading a major hazard, or the enterprise classifying a general one). A suggestion of the
 * decision table is not a classification.
 *
 * @param criteria codes of the major-hazard criteria cited (e.g. {@code OP-08.1}); empty for a
 *     general hazard
 * @param previousLevel the level classified before, or {@code null} for the first classification
 * @param reason why; always present when a major hazard is confirmed or downgraded
 */
public record HazardClassified(
    String hazardId,
    HazardLevel level,
    List<String> criteria,
    HazardLevel previousLevel,
    String reason,
    Instant classifiedAt) {}
