package io.shouwei.hazard.tip;

/**
 * How the tipster may be reached, as far as they chose to say: their identity. Each part may be
 * {@code null}. Only administrators ever see it; it is never published.
 */
public record TipContact(String name, String phone, String email) {

  /** The longest part, in characters (Unicode code points). */
  public static final int PART_MAX_LENGTH = 200;

  /** Whether no part says anything; such a contact is no contact. */
  public boolean isEmpty() {
    return blank(name) && blank(phone) && blank(email);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
