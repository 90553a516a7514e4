package io.shouwei.hazard.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a tipster follows a tip by, e.g. {@code TIP-7KQ2-M9XD-4HCV-T0WB}: 80 random bits in
 * Crockford's base32 (no I, L, O or U; read back case-insensitively, with I and L as 1 and O as
 * 0), in four groups after a prefix that no tip id (a UUID) can have. It is the tipster's only
 * key to the tip's status: the service keeps its SHA-256 ({@link #hash()}) and looks tips up by
 * it, never the code itself. Unsalted SHA-256 suffices here: the code's 80 random bits make a
 * search of all codes for a known hash infeasible.
 */
public final class TrackingCode {

  public static final String PREFIX = "TIP-";
  /** Bits of randomness in a code. */
  public static final int BITS = 80;

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SYMBOLS = BITS / 5;
  private static final int GROUP = 4;

  private final String value;

  private TrackingCode(String value) {
    this.value = value;
  }

  /** A new code from {@code random}, which must be a cryptographically strong generator. */
  public static TrackingCode generate(SecureRandom random) {
    byte[] bytes = new byte[BITS / 8];
    random.nextBytes(bytes);
    StringBuilder code = new StringBuilder(PREFIX);
    int buffer = 0;
    int buffered = 0;
    int written = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      buffered += 8;
      while (buffered >= 5) {
        buffered -= 5;
        if (written > 0 && written % GROUP == 0) {
          code.append('-');
        }
        code.append(ALPHABET[(buffer >> buffered) & 0x1f]);
        written++;
      }
    }
    return new TrackingCode(code.toString());
  }

  /**
   * The code that {@code text} spells, read as people type it: any case, with or without the
   * hyphens between groups, I and L for 1, O for 0; empty when it is no tracking code.
   */
  public static Optional<TrackingCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (!upper.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String symbols = upper.substring(PREFIX.length()).replace("-", "");
    if (symbols.length() != SYMBOLS) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(PREFIX);
    for (int i = 0; i < SYMBOLS; i++) {
      char c = canonical(symbols.charAt(i));
      if (c == 0) {
        return Optional.empty();
      }
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(c);
    }
    return Optional.of(new TrackingCode(code.toString()));
  }

  /** The SHA-256 of the code's canonical spelling, in lower-case hex: what the service stores. */
  public String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static char canonical(char c) {
    char mapped = switch (c) {
      case 'O' -> '0';
      case 'I', 'L' -> '1';
      default -> c;
    };
    for (char symbol : ALPHABET) {
      if (symbol == mapped) {
        return mapped;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrackingCode code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The canonical spelling, {@code TIP-XXXX-XXXX-XXXX-XXXX}. */
  @Override
  public String toString() {
    return value;
  }
}
