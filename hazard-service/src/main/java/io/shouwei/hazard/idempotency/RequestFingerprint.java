package io.shouwei.hazard.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two requests with the same key the same request: the method, the path with its query,
 * and the SHA-256 of the body's bytes. Bodies are compared byte for byte, not as JSON: a client
 * retries by sending the same bytes again.
 *
 * @param method the HTTP method, upper case
 * @param path the request URI as sent, with {@code ?query} when there is one
 * @param bodySha256 the SHA-256 of the body, 64 lower-case hex digits (of no bytes when empty)
 */
public record RequestFingerprint(String method, String path, String bodySha256) {

  public static RequestFingerprint of(String method, String path, byte[] body) {
    return new RequestFingerprint(method.toUpperCase(Locale.ROOT), path, sha256(body));
  }

  /** The request URI with its query string, as the client sent them. */
  public static String pathOf(String requestUri, String queryString) {
    return queryString == null ? requestUri : requestUri + "?" + queryString;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
