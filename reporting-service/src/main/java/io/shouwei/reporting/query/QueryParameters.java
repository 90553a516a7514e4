package io.shouwei.reporting.query;

import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.conversions.Bson;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of a search, read one by one; every bad one is collected, and {@link
 * #requireValid()} answers them all at once as a 400 problem naming each parameter under {@code
 * errors}. Unknown and repeated parameters are bad too, so that a misspelt filter does not quietly
 * widen a search.
 */
final class QueryParameters {

  static final String PAGE = "page";
  static final String SIZE = "size";
  static final String SORT = "sort";
  static final String TEXT = "q";
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 200;
  static final int MAX_TEXT_LENGTH = 100;

  private final MultiValueMap<String, String> values;
  private final List<FieldProblem> errors = new ArrayList<>();

  QueryParameters(MultiValueMap<String, String> values, Set<String> known) {
    this.values = values;
    for (String name : new TreeSet<>(values.keySet())) {
      if (!known.contains(name)) {
        errors.add(new FieldProblem(name, "is not a parameter of this search; known are " + new TreeSet<>(known)));
      } else if (values.get(name).size() > 1) {
        errors.add(new FieldProblem(name, "is given more than once"));
      }
    }
  }

  /** The parameter's value, trimmed; empty when absent or blank. */
  Optional<String> text(String name) {
    return Optional.ofNullable(values.getFirst(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  /** The search text, at most {@value #MAX_TEXT_LENGTH} characters. */
  Optional<String> searchText() {
    Optional<String> q = text(TEXT);
    if (q.isPresent() && q.get().codePointCount(0, q.get().length()) > MAX_TEXT_LENGTH) {
      errors.add(new FieldProblem(TEXT, "must be at most " + MAX_TEXT_LENGTH + " characters"));
      return Optional.empty();
    }
    return q;
  }

  /** The values of a comma-separated list of constants of {@code type}; empty when absent. */
  <E extends Enum<E>> List<E> constants(String name, Class<E> type) {
    List<E> constants = new ArrayList<>();
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return constants;
    }
    for (String item : given.get().split(",")) {
      String value = item.trim();
      try {
        constants.add(Enum.valueOf(type, value));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldProblem(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
        return List.of();
      }
    }
    return constants;
  }

  /** {@code true} or {@code false}; empty when absent. */
  Optional<Boolean> bool(String name) {
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    return switch (given.get()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        errors.add(new FieldProblem(name, "must be true or false"));
        yield Optional.empty();
      }
    };
  }

  /** The page number, from 0. */
  int page() {
    return integer(PAGE, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
  }

  /** The page size, 1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when absent. */
  int size() {
    return integer(SIZE, DEFAULT_SIZE, 1, MAX_SIZE);
  }

  /**
   * The order {@code sort=field} or {@code sort=field,asc|desc} asks for, of the {@code sortable}
   * fields, else {@code defaultOrder}; the document id always breaks ties, so that pages do not
   * overlap.
   */
  Bson sort(Set<String> sortable, Bson defaultOrder) {
    Optional<String> given = text(SORT);
    Bson order = defaultOrder;
    if (given.isPresent()) {
      String[] parts = given.get().split(",", -1);
      String field = parts[0].trim();
      String direction = parts.length > 1 ? parts[1].trim() : "asc";
      if (parts.length > 2 || !sortable.contains(field) || !(direction.equals("asc") || direction.equals("desc"))) {
        errors.add(new FieldProblem(SORT, "must be field or field,asc or field,desc with a field of " + new TreeSet<>(sortable)));
      } else {
        order = direction.equals("asc") ? ascending(field) : descending(field);
      }
    }
    return orderBy(order, ascending("_id"));
  }

  /**
   * @throws ProblemException 400 with every bad parameter under {@code errors}
   */
  void requireValid() {
    if (!errors.isEmpty()) {
      ProblemException problem = ProblemException.invalid("The query has invalid parameters.");
      problem.getBody().setProperty("errors", List.copyOf(errors));
      throw problem;
    }
  }

  private int integer(String name, int absent, int min, int max) {
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(given.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below, like a number out of range
    }
    errors.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max));
    return absent;
  }
}
