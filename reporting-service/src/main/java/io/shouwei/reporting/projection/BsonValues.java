package io.shouwei.reporting.projection;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Conversions between document fields and BSON values: instants as BSON dates (to the
 * millisecond), days of the calendar as ISO-8601 strings ({@code 2026-03-01}, which sort as the
 * days do), enums by name, amounts as {@code Decimal128}, absent values as {@code null}.
 */
final class BsonValues {

  private BsonValues() {}

  static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  static Instant instant(Document d, String field) {
    Date date = d.getDate(field);
    return date == null ? null : date.toInstant();
  }

  static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  static LocalDate day(Document d, String field) {
    String day = d.getString(field);
    return day == null ? null : LocalDate.parse(day);
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static <E extends Enum<E>> E enumValue(Document d, String field, Class<E> type) {
    String name = d.getString(field);
    return name == null ? null : Enum.valueOf(type, name);
  }

  static Decimal128 decimal(BigDecimal amount) {
    return amount == null ? null : new Decimal128(amount);
  }

  static BigDecimal bigDecimal(Document d, String field) {
    Object value = d.get(field);
    if (value == null) {
      return null;
    }
    return value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(value.toString());
  }

  static List<String> strings(Document d, String field) {
    List<String> values = d.getList(field, String.class);
    return values == null ? List.of() : List.copyOf(values);
  }

  static Integer integer(Document d, String field) {
    Number n = (Number) d.get(field);
    return n == null ? null : n.intValue();
  }

  static long longValue(Document d, String field) {
    return ((Number) d.get(field)).longValue();
  }

  static Document actor(Actor actor) {
    return actor == null
        ? null
        : new Document("userId", actor.userId()).append("role", name(actor.role())).append("orgId", actor.orgId());
  }

  static Actor actor(Document d, String field) {
    Document by = d.get(field, Document.class);
    return by == null
        ? null
        : new Actor(by.getString("userId"), enumValue(by, "role", Role.class), by.getString("orgId"));
  }
}
