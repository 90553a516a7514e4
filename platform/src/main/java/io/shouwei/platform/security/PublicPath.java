package io.shouwei.platform.security;

import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One entry of {@code shouwei.security.public-paths}: a path pattern open without a token, for
 * every method ({@code /auth/**}) or for one ({@code POST /api/tips}, {@code GET /api/tips/*}).
 * A request that carries a token on such a path is still authenticated by it: an invalid token
 * answers 401, a valid one names the caller.
 *
 * @param method the one method the entry opens, or {@code null} for all
 * @param pattern the path pattern, beginning with {@code /}
 */
public record PublicPath(HttpMethod method, String pattern) {

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

  public PublicPath {
    if (pattern == null || !pattern.startsWith("/")) {
      throw new IllegalArgumentException("A public path pattern begins with '/': " + pattern);
    }
  }

  /**
   * Reads an entry: a pattern, or a method, blanks and a pattern.
   *
   * @throws IllegalArgumentException for anything else, e.g. an unknown method or a pattern without {@code /}
   */
  public static PublicPath parse(String entry) {
    String[] parts = entry == null ? new String[0] : entry.strip().split("\\s+");
    if (parts.length == 1) {
      return new PublicPath(null, parts[0]);
    }
    if (parts.length == 2) {
      String method = parts[0].toUpperCase(Locale.ROOT);
      if (!METHODS.contains(method)) {
        throw new IllegalArgumentException(
            "A public path is '<pattern>' or '<METHOD> <pattern>'; " + parts[0] + " is no HTTP method: " + entry);
      }
      return new PublicPath(HttpMethod.valueOf(method), parts[1]);
    }
    throw new IllegalArgumentException("A public path is '<pattern>' or '<METHOD> <pattern>', not: " + entry);
  }

  /** The entry as configured, e.g. {@code POST /api/tips}. */
  @Override
  public String toString() {
    return method == null ? pattern : method.name() + " " + pattern;
  }
}
