package io.shouwei.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpMethod;

/**
 * The paths the function-level rules ({@link FunctionRules}) name besides the ones the gateway
 * always treats alike (the health probes open, the rest of actuator for {@code ADMIN} only). A
 * request that carries a token on a public path is still authenticated by it: an invalid token
 * answers 401. A malformed entry stops the gateway at start.
 *
 * @param publicPaths what the public reaches without a token: path patterns for every method (e.g.
 *     {@code /auth/**} for the dev token issuer of the local profile), or a method and a pattern
 *     for that method only (e.g. {@code POST /api/tips}); see {@link Entry}
 * @param adminPaths what only a token with role {@code ADMIN} reaches (e.g. {@code /camunda/**}),
 *     in the same form; an admin path is never public, whatever the public list says
 */
@ConfigurationProperties("shouwei.security")
public record PathRules(List<String> publicPaths, List<String> adminPaths) {

  public PathRules {
    publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    adminPaths = adminPaths == null ? List.of() : List.copyOf(adminPaths);
    entries(publicPaths);
    entries(adminPaths);
  }

  /** The public entries, read. */
  public List<Entry> publicEntries() {
    return entries(publicPaths);
  }

  /** The admin entries, read. */
  public List<Entry> adminEntries() {
    return entries(adminPaths);
  }

  private static List<Entry> entries(List<String> paths) {
    return paths.stream().map(Entry::parse).toList();
  }

  /**
   * One entry: a path pattern, for every method or for one.
   *
   * @param method the one method the entry names, or {@code null} for all
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
