package io.shouwei.contracts.mine;

import java.util.Map;

/**
 * The facts of a mine that the major-hazard determination reads. Every field may be {@code null}
 * (not known, or not applicable to the mine's type).
 *
 * @param slopeHeightMetres height of the highest pit or waste-dump slope, metres, at least 0
 * @param onlineSlopeMonitoring whether the slopes are monitored online
 * @param slopeStabilityAnalysisDone whether a slope stability analysis per the standards exists
 * @param slopeUnderWaterPressure whether a slope stands under water pressure
 * @param waterPressureMonitoring whether the water pressure of such a slope is monitored
 * @param tailingsPondGrade the tailings pond's grade (等别), 1 (largest) to 5
 * @param damHeightMetres height of the tailings dam, metres, at least 0
 * @param other further numeric or boolean facts by name ({@code [a-zA-Z][a-zA-Z0-9]*}), in name
 *     order; never {@code null}
 */
public record MineFacts(
    Double slopeHeightMetres,
    Boolean onlineSlopeMonitoring,
    Boolean slopeStabilityAnalysisDone,
    Boolean slopeUnderWaterPressure,
    Boolean waterPressureMonitoring,
    Integer tailingsPondGrade,
    Double damHeightMetres,
    Map<String, Object> other) {}
