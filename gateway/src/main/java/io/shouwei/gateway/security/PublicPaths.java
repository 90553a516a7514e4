package io.shouwei.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpMethod;

/**
 * Paths that need no token besides those the gateway always opens (health, metrics, the dashboard
 * and the Camunda webapp, which has its own login). A request that carries a token on such a path
 * is still authenticated by it: an invalid token answers 401.
 *
 * @param publicPaths path patterns for every method (e.g. {@code /auth/**} for the dev token
 *     issuer of the local profile), or a method and a pattern for that method only (e.g. {@code
 *     POST /api/tips}); see {@link Entry}. A malformed entry stops the gateway at start.
 */
@ConfigurationProperties("shouwei.security")
public record PublicPaths(List<String> publicPaths) {

  public PublicPaths {
    publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    entries(publicPaths);
  }

  /** The entries, read. */
  public List<Entry> entries() {
    return entries(publicPaths);
  }

  private static List<Entry> entries(List<String> publicPaths) {
    return publicPaths.stream().map(Entry::parse).toList();
  }

  /**
   * One entry: a path pattern, open for every method or for one.
   *
   * @param method the one method the entry opens, or {@code null} for all
   * @param pattern the path pattern, beginning with {@code /}
   */
  public record Entry(HttpMethod method, String pattern) {

    private static final Set<String> METHODS =
        Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    public Entry {
      if (pattern == null || !pattern.startsWith("/")) {
        throw new IllegalArgumentException("A public path pattern begins with '/': " + pattern);
      }
    }

    /**
     * Reads an entry: a pattern, or a method, blanks and a pattern.
     *
     * @throws IllegalArgumentException for anything else, e.g. an unknown method
     */
    public static Entry parse(String entry) {
      String[] parts = entry == null ? new String[0] : entry.strip().split("\\s+");
      if (parts.length == 1) {
        return new Entry(null, parts[0]);
      }
      if (parts.length == 2) {
        String method = parts[0].toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
          throw new IllegalArgumentException(
              "A public path is '<pattern>' or '<METHOD> <pattern>'; " + parts[0] + " is no HTTP method: " + entry);
        }
        return new Entry(HttpMethod.valueOf(method), parts[1]);
      }
      throw new IllegalArgumentException("A public path is '<pattern>' or '<METHOD> <pattern>', not: " + entry);
    }
  }
}
