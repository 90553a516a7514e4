package io.shouwei.gateway.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An error the gateway's own endpoints raise on purpose; {@link ProblemErrorHandler} writes it. */
public class ProblemException extends ErrorResponseException {

  private ProblemException(HttpStatus status, ProblemDetail problem) {
    super(status, problem, null);
  }

  /** 400 listing the bad fields. */
  public static ProblemException invalid(List<FieldProblem> errors) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "The request has invalid fields.");
    problem.setProperty("errors", List.copyOf(errors));
    return new ProblemException(HttpStatus.BAD_REQUEST, problem);
  }
}
