package io.shouwei.gateway.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The stable {@code type} URIs of the problems the gateway answers itself (RFC 9457), the same
 * ones the services use, plus those that only a gateway produces (429, 502, 503, 504).
 */
public final class Problems {

  private static final String BASE = "https://shouwei.io/problems/";

  public static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");
  public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
  public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
  public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
  public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
  public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
  public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");
  public static final URI INTERNAL = URI.create(BASE + "internal-error");
  public static final URI BAD_GATEWAY = URI.create(BASE + "bad-gateway");
  public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
  public static final URI GATEWAY_TIMEOUT = URI.create(BASE + "gateway-timeout");

  private static final Map<Integer, URI> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, INVALID_REQUEST),
          Map.entry(401, UNAUTHENTICATED),
          Map.entry(403, FORBIDDEN),
          Map.entry(404, NOT_FOUND),
          Map.entry(405, METHOD_NOT_ALLOWED),
          Map.entry(406, NOT_ACCEPTABLE),
          Map.entry(413, PAYLOAD_TOO_LARGE),
          Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
          Map.entry(431, HEADERS_TOO_LARGE),
          Map.entry(429, TOO_MANY_REQUESTS),
          Map.entry(500, INTERNAL),
          Map.entry(502, BAD_GATEWAY),
          Map.entry(503, UNAVAILABLE),
          Map.entry(504, GATEWAY_TIMEOUT));

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, URI type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    return problem;
  }

  /** The type for a status without a more specific one: any other 4xx is a bad request. */
  public static URI typeFor(HttpStatusCode status) {
    URI type = BY_STATUS.get(status.value());
    if (type != null) {
      return type;
    }
    return status.is4xxClientError() ? INVALID_REQUEST : INTERNAL;
  }
}
