package io.shouwei.hazard.audit.web;

import io.shouwei.hazard.audit.ReplayPoint;
import io.shouwei.platform.web.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The query parameters {@code asOf} and {@code version} of a past state, read; 400 when malformed. */
final class ReplayParams {

  static final String AS_OF = "asOf";
  static final String VERSION = "version";

  private ReplayParams() {}

  /**
   * {@code asOf}: an ISO-8601 instant, {@code Z} or an offset ({@code +08:00}, sent as
   * {@code %2B08:00}); {@code version} must be absent.
   */
  static ReplayPoint.AsOf asOf(String asOf, String version) {
    if (version != null) {
      throw ProblemException.invalid("Ask for a past state either asOf an instant or at a version, not both.");
    }
    try {
      return new ReplayPoint.AsOf(Instant.parse(asOf));
    } catch (DateTimeParseException malformed) {
      throw ProblemException.invalid(
          "asOf must be an ISO-8601 instant such as 2026-03-01T08:00:00Z, not '" + asOf + "'.");
    }
  }

  /** {@code version}: a sequence number, 0 for the object's first event. */
  static ReplayPoint.AtVersion version(String version) {
    long number;
    try {
      number = Long.parseLong(version);
    } catch (NumberFormatException malformed) {
      throw ProblemException.invalid("version must be a whole number, 0 or more, not '" + version + "'.");
    }
    if (number < 0) {
      throw ProblemException.invalid("version must be 0 or more, not " + number + ".");
    }
    return new ReplayPoint.AtVersion(number);
  }
}
