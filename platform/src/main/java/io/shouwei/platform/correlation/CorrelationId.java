package io.shouwei.platform.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id of the current request: taken from {@value #HEADER} when it is well formed,
 * otherwise generated; kept in the logging MDC under {@value #MDC_KEY} for the request's thread.
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private CorrelationId() {}

  /** The header's value if it is safe to log and store, else a new UUID. */
  public static String acceptOrCreate(String headerValue) {
    if (headerValue != null && VALID.matcher(headerValue).matches()) {
      return headerValue;
    }
    return UUID.randomUUID().toString();
  }

  public static Optional<String> current() {
    return Optional.ofNullable(MDC.get(MDC_KEY));
  }
}
