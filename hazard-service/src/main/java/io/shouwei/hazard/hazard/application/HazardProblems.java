package io.shouwei.hazard.hazard.application;

import io.shouwei.hazard.hazard.HazardAction;
import io.shouwei.hazard.hazard.HazardRuleViolation;
import io.shouwei.hazard.hazard.InvalidHazardTransition;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** How the hazard's refusals are answered; platform's ProblemHandler writes them as problem+json. */
final class HazardProblems {

  private HazardProblems() {}

  /**
   * 422 for the command's content, 403 for a sender who may not do this to the hazard, 404 for a
   * reference the hazard does not have; each names the rule under {@code rule}.
   */
  static ProblemException ruleViolated(HazardRuleViolation violation) {
    ProblemException problem =
        switch (violation.rule().kind()) {
          case INPUT -> new ProblemException(
              HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED, violation.getMessage());
          case ACTOR -> new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, violation.getMessage());
          case UNKNOWN_REFERENCE -> new ProblemException(
              HttpStatus.NOT_FOUND, Problems.NOT_FOUND, violation.getMessage());
        };
    problem.getBody().setProperty("rule", violation.rule().name());
    return problem;
  }

  /** 409 with the hazard's state and the commands it allows. */
  static ProblemException invalidTransition(InvalidHazardTransition refused) {
    ProblemException problem = ProblemException.invalidState(refused.getMessage());
    problem.getBody().setProperty("state", refused.status().name());
    problem.getBody().setProperty(
        "allowedCommands", refused.allowedCommands().stream().map(HazardAction::name).toList());
    return problem;
  }

  /** 412: the hazard is no longer at the version the caller saw. */
  static ProblemException stale(String hazardId, Long current, long expected) {
    ProblemException problem =
        new ProblemException(
            HttpStatus.PRECONDITION_FAILED, Problems.CONFLICT,
            "Hazard " + hazardId + " is no longer at version " + expected + "; read it again.");
    if (current != null) {
      problem.getBody().setProperty("version", current);
    }
    return problem;
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
  }
}
