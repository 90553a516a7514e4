package io.shouwei.hazard.tip.application;

import io.shouwei.hazard.tip.TipAction;
import io.shouwei.hazard.tip.TipRuleViolation;
import io.shouwei.hazard.tip.TipTransitionRefused;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** How the tip's refusals are answered; platform's ProblemHandler writes them as problem+json. */
final class TipProblems {

  private TipProblems() {}

  /** 422 naming the rule under {@code rule}. */
  static ProblemException ruleViolated(TipRuleViolation violation) {
    ProblemException problem =
        new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED, violation.getMessage());
    problem.getBody().setProperty("rule", violation.rule().name());
    return problem;
  }

  /** 409 with the tip's state and the commands it allows. */
  static ProblemException invalidTransition(TipTransitionRefused refused) {
    ProblemException problem = ProblemException.invalidState(refused.getMessage());
    problem.getBody().setProperty("state", refused.status().name());
    problem.getBody().setProperty(
        "allowedCommands", refused.allowedCommands().stream().map(TipAction::name).toList());
    return problem;
  }

  /** 412: the tip is no longer at the version the caller saw. */
  static ProblemException stale(String tipId, Long current, long expected) {
    ProblemException problem =
        new ProblemException(
            HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
            "Tip " + tipId + " is no longer at version " + expected + "; read it again.");
    if (current != null) {
      problem.getBody().setProperty("version", current);
    }
    return problem;
  }

  /** 409: another triage of the tip runs at the same time. */
  static ProblemException triagedConcurrently(String tipId) {
    return new ProblemException(
        HttpStatus.CONFLICT, Problems.CONFLICT, "Tip " + tipId + " is being triaged at the same time; read it again.");
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
  }

  static ProblemException unauthenticated() {
    return new ProblemException(
        HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
        "A valid bearer token is required to read a tip by its id; the public follows a tip by its tracking code.");
  }
}
