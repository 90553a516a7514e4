package io.shouwei.hazard.hazard.web;

import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * The {@code If-Match} header against a hazard's ETag, which is its version in quotes ({@code "3"}).
 * Absent or {@code *}: any version. One strong ETag of a version: that version. Other entity tags
 * (weak ones, lists, other values) can never match a hazard's ETag: 412. Not an entity tag at all:
 * 400.
 */
final class IfMatch {

  static final String HEADER = "If-Match";

  private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"");
  private static final Pattern ENTITY_TAGS =
      Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"(\\s*,\\s*(W/)?\"[\\x21\\x23-\\x7e]*\")*");

  private IfMatch() {}

  /** The expected version, or {@code null} for any. */
  static Long expectedVersion(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    String value = header.strip();
    Matcher version = VERSION.matcher(value);
    if (version.matches()) {
      return Long.parseLong(version.group(1));
    }
    if (ENTITY_TAGS.matcher(value).matches()) {
      throw new ProblemException(
          HttpStatus.PRECONDITION_FAILED, Problems.CONFLICT,
          "If-Match must be the hazard's ETag, e.g. \"3\", as GET answered it.");
    }
    ProblemException problem =
        ProblemException.invalid("If-Match is not an entity tag; send the hazard's ETag, e.g. \"3\".");
    problem.getBody().setProperty("errors", List.of(new FieldProblem(HEADER, "is not an entity tag")));
    throw problem;
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }
}
