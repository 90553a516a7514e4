package io.shouwei.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An error a controller or application service raises on purpose, answered as problem+json. */
public class ProblemException extends ErrorResponseException {

  public ProblemException(HttpStatus status, URI type, String detail) {
    super(status, problem(status, type, detail), null);
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, what + " " + id + " was not found.");
  }

  public static ProblemException invalidState(String detail) {
    return new ProblemException(HttpStatus.CONFLICT, Problems.INVALID_STATE, detail);
  }

  public static ProblemException invalid(String detail) {
    return new ProblemException(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, detail);
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    return p;
  }
}
