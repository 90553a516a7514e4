package io.shouwei.hazard.audit.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the JSON of a hash input in the JSON Canonicalization Scheme (RFC 8785) for the values a
 * hash input holds: objects, strings, integers and {@code null}. Members are sorted by their names
 * compared as UTF-16 code units, there is no whitespace, and strings are escaped as ECMAScript's
 * {@code JSON.stringify} does: {@code \"}, {@code \\}, {@code \b}, {@code \f}, {@code \n},
 * {@code \r}, {@code \t}, other characters below U+0020 as a backslash, {@code u00} and two
 * lower-case hex digits, every other character as itself. Any RFC 8785 implementation produces the same text for the same
 * values.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /**
   * @param object member names to values; a value is a {@link String}, an {@link Integer} or
   *     {@link Long}, {@code null}, or again such a map
   */
  public static String write(Map<String, ?> object) {
    StringBuilder out = new StringBuilder();
    writeObject(object, out);
    return out.toString();
  }

  private static void writeObject(Map<String, ?> object, StringBuilder out) {
    out.append('{');
    boolean first = true;
    // String.compareTo compares UTF-16 code units, the order RFC 8785 prescribes
    for (Map.Entry<String, ?> member : new TreeMap<>(object).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(member.getKey(), out);
      out.append(':');
      writeValue(member.getValue(), out);
    }
    out.append('}');
  }

  private static void writeValue(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> object = (Map<String, ?>) map;
      writeObject(object, out);
    } else {
      throw new IllegalArgumentException("not a canonical JSON value: " + value.getClass().getName());
    }
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
