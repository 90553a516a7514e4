package io.shouwei.hazard.hazard.application;

import io.shouwei.hazard.hazard.HazardAction;
import io.shouwei.hazard.hazard.HazardRuleViolation;
import io.shouwei.hazard.hazard.InvalidHazardTransition;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import io.shouwei.platform.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;

/** How the hazard's refusals are answered; platform's ProblemHandler writes them as problem+json. */
final class HazardProblems {

  /** The rule a report breaks by citing a code that is no criterion of the standard. */
  static final String UNKNOWN_CRITERION = "UNKNOWN_CRITERION";

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
            HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
            "Hazard " + hazardId + " is no longer at version " + expected + "; read it again.");
    if (current != null) {
      problem.getBody().setProperty("version", current);
    }
    return problem;
  }

  /** 409: a closed mine takes no more reports. */
  static ProblemException mineClosed(String mineId) {
    ProblemException problem =
        ProblemException.invalidState("Mine " + mineId + " is closed; no hazards are reported on a closed mine.");
    problem.getBody().setProperty("mineId", mineId);
    problem.getBody().setProperty("productionStatus", "CLOSED");
    return problem;
  }

  /** 400: reported facts the major-hazard decision does not read, each as {@code facts.<name>}. */
  static ProblemException unknownFacts(List<String> names) {
    ProblemException problem = ProblemException.invalid("The facts " + names + " are not read by the major-hazard determination.");
    problem.getBody().setProperty(
        "errors",
        names.stream().map(n -> new FieldProblem("facts." + n, "is not a fact the major-hazard determination reads")).toList());
    return problem;
  }

  /** 422: cited codes that are no criterion of the standard, each as {@code citedCriteria[i]}. */
  static ProblemException unknownCriteria(List<FieldProblem> problems, List<String> codes) {
    ProblemException problem =
        new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED,
            "The cited criteria " + codes + " are not criteria of the 2022 standard.");
    problem.getBody().setProperty("rule", UNKNOWN_CRITERION);
    problem.getBody().setProperty("errors", problems);
    return problem;
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
  }
}
