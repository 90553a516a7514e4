package io.shouwei.hazard.idempotency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 128 characters of {@code A-Z a-z 0-9 . _ :
 * -}, for example a UUID. The key may also be sent as a quoted string ({@code "…"}, the form of
 * the IETF draft), which means the same key.
 *
 * @param value the key without quotes
 */
public record IdempotencyKey(String value) {

  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_LENGTH = 128;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

  /**
   * @throws IllegalArgumentException when the value is not a key
   */
  public IdempotencyKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          HEADER + " must be 1 to " + MAX_LENGTH + " characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'.");
    }
  }

  /**
   * The key of a request, given all values of its {@code Idempotency-Key} header.
   *
   * @return empty when the request has no such header
   * @throws IllegalArgumentException when it has more than one, or one that is not a key
   */
  public static Optional<IdempotencyKey> fromHeaderValues(List<String> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new IllegalArgumentException("A request carries at most one " + HEADER + " header.");
    }
    return Optional.of(new IdempotencyKey(unquoted(values.get(0).strip())));
  }

  private static String unquoted(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
