package io.shouwei.hazard.idempotency;

import io.shouwei.hazard.idempotency.IdempotencyRecords.Claim;
import io.shouwei.hazard.idempotency.IdempotencyRecords.Claimed;
import io.shouwei.hazard.idempotency.IdempotencyRecords.Existing;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a {@code POST} or {@code PUT} that carries an {@code Idempotency-Key} ({@link
 * IdempotencyKey}) once per caller and key, so that a client may retry a command whose answer it
 * did not get without the command taking effect twice.
 *
 * <ul>
 *   <li>The first request with a key claims it and runs. If it succeeds (2xx), its status, the
 *       headers that describe the result ({@link #STORED_HEADERS}, e.g. {@code Location} and
 *       {@code ETag}) and its body are kept ({@code idempotency_record}).
 *   <li>A later request with the key and the same {@link RequestFingerprint} (method, path, body)
 *       does not run: it gets the kept response, with {@code Idempotent-Replayed: true}, and
 *       nothing is stored.
 *   <li>A later request with the key and another method, path or body is refused with 422
 *       ({@link Problems#IDEMPOTENCY_KEY_REUSE}): a key names one request.
 *   <li>A request with the key while the first one still runs gets 409 ({@link Problems#CONFLICT},
 *       {@code Retry-After: 1}); retried after the first finished, it gets its response.
 *   <li><b>Only successes are kept.</b> A response that is not 2xx (a 400 for a missing field, a
 *       409 for a state that does not allow the command, a 412 for a stale {@code If-Match}, a
 *       5xx) releases the key: such a request changed nothing, so a corrected or later retry with
 *       the same key runs as a first request. A client that wants the error again simply gets it
 *       again if nothing changed.
 *   <li>Keys are scoped to the caller (the JWT's subject): different callers may use the same key
 *       independently, and nobody can read another caller's responses by guessing keys. A request
 *       without an authenticated caller (a public endpoint) has no scope and runs as if it had no
 *       key.
 *   <li>A key is remembered for {@link IdempotencyProperties#expireAfter()} (default 24 hours);
 *       after that a request with it runs as a new one. Expired keys are forgotten when they are
 *       used again and deleted in bulk at most every {@link IdempotencyProperties#cleanupInterval()}.
 *   <li>A malformed key, or more than one, is refused with 400; a body larger than {@link
 *       IdempotencyProperties#maxBodySize()} with 413.
 * </ul>
 *
 * <p>The claim, the command and the kept response are three transactions. Should the process die
 * between the command's commit and the keeping of its response, the key stays claimed until {@link
 * IdempotencyProperties#inProgressTimeout()} has passed (retries get 409 until then), and a retry
 * after that runs again. Handlers are synchronous: a request that starts asynchronous processing
 * is not kept.
 *
 * <p>It must run after Spring Security, which authenticates the caller (and answers 401 and 403
 * before any key is claimed). Its own problems are written by the service's exception handling, as
 * if a controller had thrown them.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** The methods whose requests are made idempotent by a key. */
  public static final Set<String> METHODS = Set.of("POST", "PUT");

  /** The response headers kept and replayed besides status and body. */
  public static final List<String> STORED_HEADERS =
      List.of(
          HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LOCATION,
          HttpHeaders.CONTENT_LOCATION, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotencyRecords records;
  private final IdempotencyProperties properties;
  private final Clock clock;
  private final HandlerExceptionResolver problems;
  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

  /**
   * @param problems writes a {@link ProblemException} as the service's exception handling does
   */
  public IdempotencyFilter(
      IdempotencyRecords records, IdempotencyProperties properties, Clock clock, HandlerExceptionResolver problems) {
    this.records = records;
    this.properties = properties;
    this.clock = clock;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !METHODS.contains(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdempotencyKey key;
    try {
      key = IdempotencyKey.fromHeaderValues(Collections.list(request.getHeaders(IdempotencyKey.HEADER))).orElseThrow();
    } catch (IllegalArgumentException malformed) {
      problem(request, response, ProblemException.invalid(malformed.getMessage()));
      return;
    }
    Optional<Caller> caller = Callers.current();
    if (caller.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String callerId = caller.get().userId();
    Optional<byte[]> body = body(request);
    if (body.isEmpty()) {
      problem(request, response, new ProblemException(
          HttpStatus.PAYLOAD_TOO_LARGE, Problems.INVALID_REQUEST,
          "A request with an " + IdempotencyKey.HEADER + " has a body of at most " + properties.maxBodySize().toBytes()
              + " bytes."));
      return;
    }
    RequestFingerprint fingerprint =
        RequestFingerprint.of(
            request.getMethod(), RequestFingerprint.pathOf(request.getRequestURI(), request.getQueryString()),
            body.get());

    Instant now = clock.instant();
    purgeExpiredNowAndThen(now);
    Claim claim;
    try {
      claim = records.claim(
          callerId, key, fingerprint, now, now.minus(properties.expireAfter()),
          now.minus(properties.inProgressTimeout()));
    } catch (ConcurrencyFailureException contended) {
      problem(request, response, inProgress(key));
      return;
    }
    if (claim instanceof Existing existing) {
      answerFromEarlier(request, response, key, fingerprint, existing);
    } else {
      runFirst(new CachedBodyRequest(request, body.get()), response, chain, callerId, key, (Claimed) claim);
    }
  }

  private void answerFromEarlier(
      HttpServletRequest request, HttpServletResponse response, IdempotencyKey key, RequestFingerprint fingerprint,
      Existing existing) throws IOException {
    if (!existing.fingerprint().equals(fingerprint)) {
      RequestFingerprint first = existing.fingerprint();
      problem(request, response, new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY, Problems.IDEMPOTENCY_KEY_REUSE,
          IdempotencyKey.HEADER + " " + key.value() + " was used for " + first.method() + " " + first.path()
              + (first.method().equals(fingerprint.method()) && first.path().equals(fingerprint.path())
                  ? " with another body" : "")
              + "; a new request needs a new key."));
    } else if (existing.inProgress()) {
      problem(request, response, inProgress(key));
    } else {
      replay(existing.response(), response);
    }
  }

  private void runFirst(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String callerId,
      IdempotencyKey key, Claimed claim) throws ServletException, IOException {
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(request, captured);
      if (captured.getStatus() / 100 == 2 && !request.isAsyncStarted()) {
        keep(callerId, key, claim, captured);
        kept = true;
      }
    } finally {
      if (!kept) {
        release(callerId, key, claim);
      }
      captured.copyBodyToResponse();
    }
  }

  /**
   * Keeps the response. Should that fail, the command has still taken effect: the response goes
   * out and the key stays claimed, so that retries are not run again before the in-progress timeout.
   */
  private void keep(
      String callerId, IdempotencyKey key, Claimed claim, ContentCachingResponseWrapper captured) {
    try {
      records.complete(callerId, key, claim, storedResponse(captured), clock.instant());
    } catch (RuntimeException e) {
      log.error(
          "The response to the request with Idempotency-Key {} of {} could not be kept", key.value(), callerId, e);
    }
  }

  private void release(String callerId, IdempotencyKey key, Claimed claim) {
    try {
      records.release(callerId, key, claim);
    } catch (RuntimeException e) {
      log.error("Idempotency-Key {} of {} could not be released", key.value(), callerId, e);
    }
  }

  private static StoredResponse storedResponse(ContentCachingResponseWrapper captured) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : STORED_HEADERS) {
      List<String> values =
          name.equals(HttpHeaders.CONTENT_TYPE)
              ? Optional.ofNullable(captured.getContentType()).map(List::of).orElse(List.of())
              : new ArrayList<>(captured.getHeaders(name));
      if (!values.isEmpty()) {
        headers.put(name, values);
      }
    }
    return new StoredResponse(captured.getStatus(), headers, captured.getContentAsByteArray());
  }

  private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
    response.setStatus(stored.status());
    stored.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setHeader(REPLAYED_HEADER, "true");
    byte[] body = stored.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The body, or empty when it is larger than allowed. */
  private Optional<byte[]> body(HttpServletRequest request) throws IOException {
    long max = properties.maxBodySize().toBytes();
    if (request.getContentLengthLong() > max) {
      return Optional.empty();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) max + 1);
      return body.length > max ? Optional.empty() : Optional.of(body);
    }
  }

  private void purgeExpiredNowAndThen(Instant now) {
    Instant last = lastPurge.get();
    if (last.isAfter(now.minus(properties.cleanupInterval())) || !lastPurge.compareAndSet(last, now)) {
      return;
    }
    try {
      int purged = records.purgeExpired(now.minus(properties.expireAfter()));
      log.debug("Deleted {} expired idempotency keys", purged);
    } catch (RuntimeException e) {
      log.warn("Expired idempotency keys could not be deleted; they are ignored until the next try", e);
    }
  }

  private static ProblemException inProgress(IdempotencyKey key) {
    ProblemException problem =
        new ProblemException(
            HttpStatus.CONFLICT, Problems.CONFLICT,
            "The first request with " + IdempotencyKey.HEADER + " " + key.value()
                + " is still running; retry to get its response.");
    problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    return problem;
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    if (problems.resolveException(request, response, null, problem) == null) {
      response.sendError(problem.getStatusCode().value(), problem.getBody().getDetail());
    }
  }
}
