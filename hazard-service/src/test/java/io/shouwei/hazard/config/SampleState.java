package io.shouwei.hazard.config;

import io.shouwei.hazard.mine.MineFacts;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a non-default value into every field of an aggregate, so that a snapshot round trip is
 * tested on all of its state, including fields added later. A field of a type it cannot fill fails
 * the test with the field's name: add a sample here.
 */
final class SampleState {

  static final Instant AT = Instant.parse("2025-05-13T08:00:00.123456789Z");

  /** Valid facts of an open pit (a record that validates itself). */
  static final MineFacts FACTS =
      new MineFacts(210.5, false, true, null, null, null, null, Map.of("benchCount", 14L, "rockFactor", 0.75));

  private SampleState() {}

  static <A> A filled(Class<A> type) {
    try {
      Constructor<A> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      A aggregate = constructor.newInstance();
      for (Field field : AggregateFields.fields(type)) {
        field.setAccessible(true);
        Object value = sample(field.getGenericType(), field.getName());
        if (value instanceof Set<?> set && field.get(aggregate) instanceof Set<?> current) {
          // keep the aggregate's own set (e.g. a final LinkedHashSet) and fill it
          @SuppressWarnings("unchecked")
          Set<Object> own = (Set<Object>) current;
          own.addAll(set);
        } else {
          field.set(aggregate, value);
        }
      }
      return aggregate;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object sample(Type type, String name) throws ReflectiveOperationException {
    Class<?> raw = raw(type);
    if (raw == String.class || raw == Object.class) {
      return name + "-sample";
    }
    if (raw == int.class || raw == Integer.class) {
      return 7;
    }
    if (raw == long.class || raw == Long.class) {
      return 7L;
    }
    if (raw == double.class || raw == Double.class) {
      return 7.25;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw == Instant.class) {
      return AT;
    }
    if (raw == LocalDate.class) {
      return LocalDate.of(2022, 10, 22);
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal("1200.50");
    }
    if (raw == MineFacts.class) {
      return FACTS;
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[constants.length - 1];
    }
    if (raw == List.class) {
      return List.of(sample(argument(type, 0), name + "1"), sample(argument(type, 0), name + "2"));
    }
    if (raw == Set.class) {
      // an order that is not the hash order of the elements
      Set<Object> set = new LinkedHashSet<>();
      for (String element : List.of("zulu", "alpha", "mike", "bravo")) {
        set.add(sample(argument(type, 0), name + "-" + element));
      }
      return set;
    }
    if (raw == Map.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      map.put(sample(argument(type, 0), name + "-k"), sample(argument(type, 1), name + "-v"));
      return map;
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(components[i].getGenericType(), components[i].getName());
      }
      Constructor<?> canonical = raw.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    }
    throw new IllegalArgumentException(
        "No sample value for field " + name + " of type " + type.getTypeName() + "; add one to SampleState.");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("No sample value for type " + type.getTypeName());
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return String.class;
  }
}
