package io.shouwei.hazard.mine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What is known of a mine that the major-hazard determination reads. Every named fact is optional
 * ({@code null}: not known or not applicable); {@code other} holds further numeric or boolean facts
 * by name. Well-formedness is checked here; which facts fit which type of mine is the mine's rule.
 *
 * <p>Numbers in {@code other} are kept as {@code Long} (whole numbers) or {@code Double}, in name
 * order, so that facts compare equal however they were read.
 *
 * @param slopeHeightMetres height of the highest pit or waste-dump slope, metres, at least 0
 * @param onlineSlopeMonitoring whether the slopes are monitored online
 * @param slopeStabilityAnalysisDone whether a slope stability analysis per the standards exists
 * @param slopeUnderWaterPressure whether a slope stands under water pressure
 * @param waterPressureMonitoring whether the water pressure of such a slope is monitored
 * @param tailingsPondGrade the tailings pond's grade (等别), 1 (largest) to 5
 * @param damHeightMetres height of the tailings dam, metres, at least 0
 * @param other further facts by name; never {@code null}, unmodifiable
 * @throws InvalidMineFacts listing every fact that is not well formed
 */
public record MineFacts(
    Double slopeHeightMetres,
    Boolean onlineSlopeMonitoring,
    Boolean slopeStabilityAnalysisDone,
    Boolean slopeUnderWaterPressure,
    Boolean waterPressureMonitoring,
    Integer tailingsPondGrade,
    Double damHeightMetres,
    Map<String, Object> other) {

  /** Names of further facts: a letter, then letters or digits. */
  public static final Pattern OTHER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

  public static final int OTHER_NAME_MAX_LENGTH = 64;
  public static final int OTHER_MAX_ENTRIES = 100;
  public static final int LOWEST_POND_GRADE = 1;
  public static final int HIGHEST_POND_GRADE = 5;

  /** The names of the named facts; {@code other} may not reuse them. */
  public static final List<String> NAMED =
      List.of(
          "slopeHeightMetres", "onlineSlopeMonitoring", "slopeStabilityAnalysisDone",
          "slopeUnderWaterPressure", "waterPressureMonitoring", "tailingsPondGrade", "damHeightMetres");

  /** Nothing known. */
  public static final MineFacts NONE = new MineFacts(null, null, null, null, null, null, null, Map.of());

  public MineFacts {
    List<InvalidMineFacts.Problem> problems = new ArrayList<>();
    checkHeight(slopeHeightMetres, "slopeHeightMetres", problems);
    checkHeight(damHeightMetres, "damHeightMetres", problems);
    if (tailingsPondGrade != null
        && (tailingsPondGrade < LOWEST_POND_GRADE || tailingsPondGrade > HIGHEST_POND_GRADE)) {
      problems.add(new InvalidMineFacts.Problem(
          "tailingsPondGrade", "must be from " + LOWEST_POND_GRADE + " to " + HIGHEST_POND_GRADE));
    }
    other = normalised(other, problems);
    if (!problems.isEmpty()) {
      throw new InvalidMineFacts(problems);
    }
  }

  /** Whether any slope fact is known. */
  public boolean hasSlopeFacts() {
    return slopeHeightMetres != null
        || onlineSlopeMonitoring != null
        || slopeStabilityAnalysisDone != null
        || slopeUnderWaterPressure != null
        || waterPressureMonitoring != null;
  }

  /** Whether any tailings-pond fact is known. */
  public boolean hasTailingsFacts() {
    return tailingsPondGrade != null || damHeightMetres != null;
  }

  /**
   * Every known fact by name, the named ones first, then {@code other}: the input of the
   * major-hazard decision table.
   */
  public Map<String, Object> asVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    putKnown(variables, "slopeHeightMetres", slopeHeightMetres);
    putKnown(variables, "onlineSlopeMonitoring", onlineSlopeMonitoring);
    putKnown(variables, "slopeStabilityAnalysisDone", slopeStabilityAnalysisDone);
    putKnown(variables, "slopeUnderWaterPressure", slopeUnderWaterPressure);
    putKnown(variables, "waterPressureMonitoring", waterPressureMonitoring);
    putKnown(variables, "tailingsPondGrade", tailingsPondGrade);
    putKnown(variables, "damHeightMetres", damHeightMetres);
    variables.putAll(other);
    return Collections.unmodifiableMap(variables);
  }

  private static void putKnown(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }

  private static void checkHeight(Double metres, String field, List<InvalidMineFacts.Problem> problems) {
    if (metres != null && (metres.isNaN() || metres.isInfinite() || metres < 0)) {
      problems.add(new InvalidMineFacts.Problem(field, "must be a number of metres, at least 0"));
    }
  }

  private static Map<String, Object> normalised(Map<String, Object> other, List<InvalidMineFacts.Problem> problems) {
    if (other == null) {
      return Map.of();
    }
    if (other.size() > OTHER_MAX_ENTRIES) {
      problems.add(new InvalidMineFacts.Problem("other", "may hold at most " + OTHER_MAX_ENTRIES + " facts"));
      return Map.of();
    }
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<String, Object> entry : other.entrySet()) {
      String name = entry.getKey();
      if (name == null || !OTHER_NAME.matcher(name).matches() || name.length() > OTHER_NAME_MAX_LENGTH) {
        problems.add(new InvalidMineFacts.Problem(
            "other." + name,
            "is not a fact name: a letter, then letters or digits, at most " + OTHER_NAME_MAX_LENGTH));
        continue;
      }
      if (NAMED.contains(name)) {
        problems.add(new InvalidMineFacts.Problem("other." + name, "is a named fact; set it by its own field"));
        continue;
      }
      Object value = value(entry.getValue());
      if (value == null) {
        problems.add(new InvalidMineFacts.Problem("other." + name, "must be a finite number or a boolean"));
        continue;
      }
      sorted.put(name, value);
    }
    return Collections.unmodifiableSortedMap(sorted);
  }

  /** The value as {@code Boolean}, {@code Long} or {@code Double}; {@code null} if it is none of these. */
  private static Object value(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw instanceof Byte || raw instanceof Short || raw instanceof Integer || raw instanceof Long) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof BigInteger big) {
      return big.bitLength() < Long.SIZE ? big.longValue() : null;
    }
    if (raw instanceof Number number) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    return null;
  }
}
