package io.shouwei.hazard.mine.web;

import io.shouwei.hazard.mine.InvalidMineFacts;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import java.util.Map;

/**
 * A mine's facts on the wire: the body of {@code PUT /api/mines/{id}/facts}, part of a
 * registration and of every mine shown. Every field is optional; {@code other} holds further
 * numeric or boolean facts by name.
 */
public record MineFactsBody(
    Double slopeHeightMetres,
    Boolean onlineSlopeMonitoring,
    Boolean slopeStabilityAnalysisDone,
    Boolean slopeUnderWaterPressure,
    Boolean waterPressureMonitoring,
    Integer tailingsPondGrade,
    Double damHeightMetres,
    Map<String, Object> other) {

  static MineFactsBody of(MineFacts f) {
    return new MineFactsBody(
        f.slopeHeightMetres(), f.onlineSlopeMonitoring(), f.slopeStabilityAnalysisDone(),
        f.slopeUnderWaterPressure(), f.waterPressureMonitoring(), f.tailingsPondGrade(), f.damHeightMetres(),
        f.other());
  }

  /**
   * The facts, or a 400 problem listing every bad one.
   *
   * @param path how the request names these facts ({@code ""} or {@code "facts."}), for the
   *     listed fields
   */
  MineFacts toMineFacts(String path) {
    try {
      return new MineFacts(
          slopeHeightMetres, onlineSlopeMonitoring, slopeStabilityAnalysisDone, slopeUnderWaterPressure,
          waterPressureMonitoring, tailingsPondGrade, damHeightMetres, other);
    } catch (InvalidMineFacts invalid) {
      ProblemException problem = ProblemException.invalid("The request has invalid fields.");
      problem.getBody().setProperty(
          "errors",
          invalid.problems().stream().map(p -> new FieldProblem(path + p.field(), p.message())).toList());
      throw problem;
    }
  }
}
