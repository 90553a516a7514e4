package io.shouwei.hazard.mine.web;

import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Reads the {@code If-Match} header against a mine's ETag, which is its version in quotes
 * ({@code "3"}). Absent or {@code *}: any version. One strong ETag: that version. Anything else
 * (a weak ETag, a list, garbage) can never match a mine's ETag and answers 412.
 */
final class IfMatch {

  private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

  private IfMatch() {}

  /** The expected version, or {@code null} for any. */
  static Long expectedVersion(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    Matcher m = STRONG_VERSION.matcher(header.strip());
    if (!m.matches()) {
      throw new ProblemException(
          HttpStatus.PRECONDITION_FAILED, Problems.CONFLICT,
          "If-Match must be the mine's ETag, e.g. \"3\", as GET answered it.");
    }
    return Long.parseLong(m.group(1));
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }
}
