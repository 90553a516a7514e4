package io.shouwei.platform.web;

import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * The {@code If-Match} header against the ETag of an event-sourced object, which is its version in
 * quotes ({@code "3"}). Absent, blank or {@code *}: any version. One strong ETag of a version: that
 * version. Other entity tags (weak ones, lists, other values) can never match such an ETag: 412
 * ({@link Problems#PRECONDITION_FAILED}). Not an entity tag at all: 400.
 */
public final class IfMatch {

  public static final String HEADER = "If-Match";

  private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"");
  private static final Pattern ENTITY_TAGS =
      Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"(\\s*,\\s*(W/)?\"[\\x21\\x23-\\x7e]*\")*");

  private IfMatch() {}

  /**
   * The expected version, or {@code null} for any.
   *
   * @throws ProblemException 412 for an entity tag that is not one version's ETag, 400 for a value
   *     that is no entity tag
   */
  public static Long expectedVersion(String header) {
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
          HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
          "If-Match must be the ETag the object was read with, e.g. \"3\".");
    }
    ProblemException problem =
        ProblemException.invalid("If-Match is not an entity tag; send the ETag the object was read with, e.g. \"3\".");
    problem.getBody().setProperty("errors", List.of(new FieldProblem(HEADER, "is not an entity tag")));
    throw problem;
  }

  /** The ETag of a version. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }
}
