package io.shouwei.reporting.query;

import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.util.List;
import org.bson.conversions.Bson;

/** A case-insensitive search for a piece of text, taken literally, in any of some fields. */
final class TextSearch {

  private static final String REGEX_SPECIALS = "\\^$.|?*+()[]{}";

  private TextSearch() {}

  static Bson anyOf(List<String> fields, String text) {
    String pattern = literal(text);
    return or(fields.stream().map(field -> regex(field, pattern, "i")).toList());
  }

  /** {@code text} as a regular expression that matches exactly it. */
  static String literal(String text) {
    StringBuilder pattern = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if (REGEX_SPECIALS.indexOf(c) >= 0) {
                pattern.append('\\');
              }
              pattern.appendCodePoint(c);
            });
    return pattern.toString();
  }
}
