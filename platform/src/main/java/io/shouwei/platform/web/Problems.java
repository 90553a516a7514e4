package io.shouwei.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The stable {@code type} URIs of Shouwei's problems (RFC 9457) and a factory for them. A client
 * may switch on {@code type}; {@code title} and {@code detail} are for people.
 */
public final class Problems {

  private static final String BASE = "https://shouwei.io/problems/";

  public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");
  /**
   * An {@code Idempotency-Key} the caller used before for another request (422): another method,
   * path or body. Keys are scoped to the caller, so only the caller's own requests collide.
   */
  public static final URI IDEMPOTENCY_KEY_REUSE = URI.create(BASE + "idempotency-key-reuse");
  /** Well-formed input that breaks a domain rule (422); the rule's name is in {@code rule}. */
  public static final URI RULE_VIOLATED = URI.create(BASE + "rule-violated");
  public static final URI INVALID_STATE = URI.create(BASE + "invalid-state-transition");
  public static final URI CONFLICT = URI.create(BASE + "conflict");
  /**
   * A precondition of the request does not hold (412): its {@code If-Match} is not the object's
   * current version, or can never match one.
   */
  public static final URI PRECONDITION_FAILED = URI.create(BASE + "precondition-failed");
  public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
  public static final URI INTERNAL = URI.create(BASE + "internal-error");

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, URI type, String detail, URI instance) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setInstance(instance);
    return problem;
  }
}
