package io.shouwei.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where a service's exceptions become {@code application/problem+json}. Validation
 * errors list the bad fields under {@code errors}; a database out of reach is 503 with {@code
 * Retry-After}, text the database cannot hold 400 ({@link DatabaseFailures}); unexpected failures
 * say nothing internal.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final Duration retryAfter;

  /**
   * @param retryAfter what a 503 for an unreachable database names in {@code Retry-After}
   *     ({@code shouwei.problems.unavailable-retry-after}, 2 seconds when not set)
   */
  public ProblemHandler(@Value("${shouwei.problems.unavailable-retry-after:PT2S}") Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  /** One bad field of a request. */
  public record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
            .toList();
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
            "The request has invalid fields.", instance(request));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
            "The request body is not valid JSON of the expected shape.", instance(request));
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getType().equals(URI.create("about:blank"))) {
      problem.setType(typeFor(statusCode));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
    List<FieldProblem> errors =
        ex.getConstraintViolations().stream()
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
            "The request has invalid fields.", URI.create(request.getRequestURI()));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /** The firewall's refusal of a malformed request (e.g. a parameter name with a line break). */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> requestRejected(RequestRejectedException ex, HttpServletRequest request) {
    return ResponseEntity.badRequest()
        .body(Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
            "The request is malformed: " + ex.getMessage(), URI.create(request.getRequestURI())));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
            "Your role may not do this.", URI.create(request.getRequestURI())));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
    if (DatabaseFailures.isUnstorableText(ex)) {
      log.info("unstorable text on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
      return ResponseEntity.badRequest()
          .body(Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
              "The request holds characters that cannot be stored (such as NUL); nothing was stored.",
              URI.create(request.getRequestURI())));
    }
    if (DatabaseFailures.isTransient(ex)) {
      log.warn("database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
          .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE,
              "The database could not be reached, so the request was not completed; send it again shortly"
                  + " (with the same Idempotency-Key: had the connection broken during the commit itself, the"
                  + " request may have been stored, and the key answers it from that record).",
              URI.create(request.getRequestURI())));
    }
    log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
    return ResponseEntity.internalServerError()
        .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL,
            "An unexpected error occurred; it has been logged with the correlation id.",
            URI.create(request.getRequestURI())));
  }

  private static URI instance(WebRequest request) {
    return request instanceof ServletWebRequest s ? URI.create(s.getRequest().getRequestURI()) : null;
  }

  private static final Map<Integer, URI> TYPES =
      Map.of(
          400, Problems.INVALID_REQUEST,
          401, Problems.UNAUTHENTICATED,
          403, Problems.FORBIDDEN,
          404, Problems.NOT_FOUND,
          409, Problems.CONFLICT,
          503, Problems.UNAVAILABLE);

  private static URI typeFor(HttpStatusCode status) {
    return TYPES.getOrDefault(status.value(), URI.create("about:blank"));
  }
}
