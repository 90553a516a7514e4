package io.shouwei.hazard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An aggregate's state as its fields, for comparing two instances field by field: the state loaded
 * from a snapshot with the state replayed from all events.
 */
public final class AggregateFields {

  private AggregateFields() {}

  /** Every instance field of the aggregate's class and its superclasses, by name, as they are. */
  public static Map<String, Object> of(Object aggregate) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Field field : fields(aggregate.getClass())) {
      field.setAccessible(true);
      try {
        fields.put(field.getName(), field.get(aggregate));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return fields;
  }

  /** The instance fields of the class and its superclasses. */
  public static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /**
   * Asserts that both aggregates have equal fields, naming the first field that differs. Where the
   * expected field is a list or an insertion-ordered set, the order counts too; where it is another
   * set, only the elements do.
   */
  public static void assertSameState(Object actual, Object expected) {
    assertThat(actual).isExactlyInstanceOf(expected.getClass());
    Map<String, Object> actualFields = of(actual);
    Map<String, Object> expectedFields = of(expected);
    assertThat(actualFields.keySet()).isEqualTo(expectedFields.keySet());
    expectedFields.forEach((name, value) ->
        assertThat(comparable(actualFields.get(name), value))
            .as("field %s of %s", name, expected.getClass().getSimpleName())
            .isEqualTo(comparable(value, value)));
  }

  /** The value, compared the way the expected value's type means it. */
  private static Object comparable(Object value, Object expected) {
    if (value instanceof Collection<?> collection
        && (expected instanceof List<?> || expected instanceof LinkedHashSet<?>)) {
      return new ArrayList<>(collection);
    }
    if (value instanceof Collection<?> collection && expected instanceof Set<?>) {
      return new HashSet<>(collection);
    }
    return value;
  }
}
