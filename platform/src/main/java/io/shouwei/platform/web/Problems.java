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
  /** Well-formed input that breaks a domain rule (422); the rule's name is in {@code rule}. */
  public static final URI RULE_VIOLATED = URI.create(BASE + "rule-violated");
  public static final URI INVALID_STATE = URI.create(BASE + "invalid-state-transition");
  public static final URI CONFLICT = URI.create(BASE + "conflict");
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
