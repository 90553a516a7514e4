package io.shouwei.hazard.classification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.bpmn.MajorHazardDetermination.Inputs;
import io.shouwei.bpmn.MajorHazardDetermination.MineTypes;
import io.shouwei.bpmn.MajorHazardDetermination.Outputs;
import io.shouwei.bpmn.feel.ParsedOnceFeelEngineFactory;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Suggests the level of a hazard from the mine type and the known facts, by decision {@value
 * io.shouwei.bpmn.MajorHazardDetermination#KEY} of module bpmn: MAJOR when the facts meet a
 * criterion of the 2022 standard, with every criterion met and its text. The only class that knows
 * the DMN engine: callers see facts in, a {@link Suggestion} out.
 *
 * <p>The decision is parsed once, when the bean is built; evaluating it is thread-safe. A fact
 * missing from the map, or {@code null}, is not known and meets no criterion. Facts the decision
 * does not read (e.g. a tailings pond's grade) are ignored; {@link #factNames()} lists those it
 * reads, for callers that want to refuse unknown names.
 */
@Component
public class MajorHazardDetermination {

  private static final String KEY = io.shouwei.bpmn.MajorHazardDetermination.KEY;
  private static final String RESOURCE = io.shouwei.bpmn.MajorHazardDetermination.RESOURCE;
  private static final String CRITERIA_RESOURCE = io.shouwei.bpmn.MajorHazardDetermination.CRITERIA_RESOURCE;
  private static final Set<String> MINE_TYPES =
      Set.of(MineTypes.UNDERGROUND, MineTypes.OPEN_PIT, MineTypes.TAILINGS_POND, MineTypes.OTHER);

  private final DmnEngine engine;
  private final DmnDecision decision;
  /** The facts the decision reads (every input but the mine type), in column order. */
  private final Map<String, FactType> facts;
  private final Map<String, Criterion> criteria;

  public MajorHazardDetermination() {
    DmnModelInstance model = Dmn.readModelFromStream(open(RESOURCE));
    DecisionTable table = decisionTable(model);
    this.facts = factsOf(table);
    this.criteria = readCriteria();
    checkEveryCodeIsAConfirmedCriterion(table, criteria);
    this.engine = ParsedOnceFeelEngineFactory.dmnEngineConfiguration().buildEngine();
    this.decision = engine.parseDecision(KEY, model);
  }

  /**
   * The suggestion for a mine of {@code mineType} with these facts.
   *
   * @param mineType {@code UNDERGROUND}, {@code OPEN_PIT}, {@code TAILINGS_POND} or {@code OTHER}
   * @param facts facts by name (see {@link io.shouwei.bpmn.MajorHazardDetermination.Inputs}): {@code
   *     Boolean}s, whole numbers for counts, numbers of metres for lengths; may be {@code null}
   * @throws IllegalArgumentException for a mine type that is none of these
   * @throws ProblemException (400) when a fact the decision reads has a value of the wrong kind, a
   *     negative number, or a fraction where a count is expected; {@code errors} lists each as
   *     {@code facts.<name>}
   */
  public Suggestion suggest(String mineType, Map<String, ?> facts) {
    Objects.requireNonNull(mineType, "mineType");
    if (!MINE_TYPES.contains(mineType)) {
      throw new IllegalArgumentException("Unknown mine type " + mineType + "; one of " + MINE_TYPES);
    }
    Map<String, Object> variables = variables(facts == null ? Map.of() : facts);
    variables.put(Inputs.MINE_TYPE, mineType);

    Map<String, List<String>> reasonsByCode = new LinkedHashMap<>();
    for (Map<String, Object> row : engine.evaluateDecision(decision, variables).getResultList()) {
      String code = (String) row.get(Outputs.CRITERION_CODE);
      reasonsByCode.computeIfAbsent(code, c -> new ArrayList<>()).add((String) row.get(Outputs.REASON));
    }
    List<MatchedCriterion> matched = new ArrayList<>();
    reasonsByCode.forEach((code, reasons) -> {
      Criterion criterion = criteria.get(code);
      matched.add(new MatchedCriterion(code, String.join("; ", reasons), criterion.textZh(), criterion.textEn()));
    });
    return Suggestion.of(matched);
  }

  /** The names of the facts the decision reads. */
  public Set<String> factNames() {
    return facts.keySet();
  }

  /** A criterion of the standard by its code (confirmed or not), e.g. to show one an agency cites. */
  public Optional<Criterion> criterion(String code) {
    return Optional.ofNullable(criteria.get(code));
  }

  /** Every fact the decision reads: the given value, checked and converted to its type, or null. */
  private Map<String, Object> variables(Map<String, ?> given) {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    facts.forEach((name, type) -> {
      Object raw = given.get(name);
      if (raw == null) {
        variables.put(name, null);
        return;
      }
      Object value = type.convert(raw);
      if (value == null) {
        problems.add(new FieldProblem("facts." + name, type.expectation));
      } else {
        variables.put(name, value);
      }
    });
    if (!problems.isEmpty()) {
      ProblemException invalid = ProblemException.invalid("The facts have invalid values.");
      invalid.getBody().setProperty("errors", problems);
      throw invalid;
    }
    return variables;
  }

  private static DecisionTable decisionTable(DmnModelInstance model) {
    if (model.getModelElementById(KEY) instanceof Decision d
        && d.getExpression() instanceof DecisionTable table) {
      return table;
    }
    throw new IllegalStateException(RESOURCE + " has no decision table " + KEY);
  }

  private static Map<String, FactType> factsOf(DecisionTable table) {
    Map<String, FactType> facts = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      String name = input.getInputExpression().getText().getTextContent().trim();
      if (!name.equals(Inputs.MINE_TYPE)) {
        facts.put(name, FactType.of(name, input.getInputExpression().getTypeRef()));
      }
    }
    return Collections.unmodifiableMap(facts);
  }

  private static Map<String, Criterion> readCriteria() {
    try (InputStream in = open(CRITERIA_RESOURCE)) {
      List<Criterion> list = new ObjectMapper().readValue(in, new TypeReference<List<Criterion>>() {});
      return list.stream().collect(Collectors.toUnmodifiableMap(Criterion::code, Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CRITERIA_RESOURCE, e);
    }
  }

  /** Fails the start when a row of the model names a code the criteria file has not confirmed. */
  private static void checkEveryCodeIsAConfirmedCriterion(DecisionTable table, Map<String, Criterion> criteria) {
    List<Output> outputs = List.copyOf(table.getOutputs());
    int codeColumn = outputs.indexOf(outputs.stream().filter(o -> Outputs.CRITERION_CODE.equals(o.getName())).findFirst()
        .orElseThrow(() -> new IllegalStateException(KEY + " has no output " + Outputs.CRITERION_CODE)));
    for (Rule rule : table.getRules()) {
      OutputEntry entry = List.copyOf(rule.getOutputEntries()).get(codeColumn);
      String code = entry.getText().getTextContent().trim().replace("\"", "");
      Criterion criterion = criteria.get(code);
      if (criterion == null || !criterion.confirmed()) {
        throw new IllegalStateException(KEY + " row " + rule.getId() + " cites " + code + ", not a confirmed criterion of " + CRITERIA_RESOURCE);
      }
    }
  }

  private static InputStream open(String resource) {
    InputStream in = MajorHazardDetermination.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the classpath (module bpmn)");
    }
    return in;
  }

  /** The kinds of facts the decision reads, by the DMN type of their input. */
  private enum FactType {
    BOOLEAN("must be true or false"),
    COUNT("must be a whole number, at least 0"),
    METRES("must be a number of metres, at least 0");

    final String expectation;

    FactType(String expectation) {
      this.expectation = expectation;
    }

    static FactType of(String name, String typeRef) {
      return switch (typeRef == null ? "" : typeRef) {
        case "boolean" -> BOOLEAN;
        case "integer" -> COUNT;
        case "double" -> METRES;
        default -> throw new IllegalStateException("input " + name + " of " + KEY + " has type " + typeRef + ", which no fact has");
      };
    }

    /** The value as the decision's type ({@code Boolean}, {@code Integer}, {@code Double}), or null if it is not one. */
    Object convert(Object raw) {
      return switch (this) {
        case BOOLEAN -> raw instanceof Boolean b ? b : null;
        case COUNT -> count(raw);
        case METRES -> raw instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0 ? n.doubleValue() : null;
      };
    }

    private static Integer count(Object raw) {
      BigDecimal value;
      if (raw instanceof BigDecimal d) {
        value = d;
      } else if (raw instanceof BigInteger i) {
        value = new BigDecimal(i);
      } else if (raw instanceof Double || raw instanceof Float) {
        double d = ((Number) raw).doubleValue();
        if (!Double.isFinite(d)) {
          return null;
        }
        value = BigDecimal.valueOf(d);
      } else if (raw instanceof Number n) {
        value = BigDecimal.valueOf(n.longValue());
      } else {
        return null;
      }
      if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        return null;
      }
      return value.intValueExact();
    }
  }
}
