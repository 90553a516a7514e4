package io.shouwei.hazard.order.application;

import io.shouwei.hazard.order.InvalidOrderTransition;
import io.shouwei.hazard.order.OrderAction;
import io.shouwei.hazard.order.OrderRuleViolation;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** How the order's refusals are answered; platform's ProblemHandler writes them as problem+json. */
final class OrderProblems {

  private OrderProblems() {}

  /**
   * 422 for the command's content, 403 for a sender who may not do this to the order; each names
   * the rule under {@code rule}, and the hazards it concerns under {@code hazardIds}.
   */
  static ProblemException ruleViolated(OrderRuleViolation violation) {
    ProblemException problem =
        switch (violation.rule().kind()) {
          case INPUT -> new ProblemException(
              HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED, violation.getMessage());
          case ACTOR -> new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, violation.getMessage());
        };
    problem.getBody().setProperty("rule", violation.rule().name());
    if (!violation.hazardIds().isEmpty()) {
      problem.getBody().setProperty("hazardIds", violation.hazardIds());
    }
    return problem;
  }

  /** 409 with the order's state and the commands it allows. */
  static ProblemException invalidTransition(InvalidOrderTransition refused) {
    ProblemException problem = ProblemException.invalidState(refused.getMessage());
    problem.getBody().setProperty("state", refused.status().name());
    problem.getBody().setProperty(
        "allowedCommands", refused.allowedCommands().stream().map(OrderAction::name).toList());
    return problem;
  }

  /** 412: the order is no longer at the version the caller saw. */
  static ProblemException stale(String orderId, Long current, long expected) {
    ProblemException problem =
        new ProblemException(
            HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
            "Order " + orderId + " is no longer at version " + expected + "; read it again.");
    if (current != null) {
      problem.getBody().setProperty("version", current);
    }
    return problem;
  }

  /** 409: no order is issued against a closed mine. */
  static ProblemException mineClosed(String mineId) {
    ProblemException problem =
        ProblemException.invalidState("Mine " + mineId + " is closed; no orders are issued against a closed mine.");
    problem.getBody().setProperty("mineId", mineId);
    problem.getBody().setProperty("productionStatus", "CLOSED");
    return problem;
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
  }
}
