package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.bpmn.MajorHazardDetermination.Inputs;
import io.shouwei.bpmn.MajorHazardDetermination.MineTypes;
import io.shouwei.bpmn.feel.ParsedOnceFeelEngine;
import io.shouwei.bpmn.feel.ParsedOnceFeelEngineFactory;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FEEL engine that parses each expression once decides exactly as Camunda's default: the same
 * results for every rule row of {@value MajorHazardDetermination#KEY} and for thousands of random
 * facts, the same failure for an expression that does not parse; and it keeps one parsed form per
 * expression of the model.
 */
class ParsedOnceFeelEngineTest {

  private static DmnModelInstance model;
  private static Map<String, String> inputTypes;
  private static DmnEngine standard;
  private static DmnDecision standardDecision;
  private static DmnEngine parsedOnce;
  private static DmnDecision parsedOnceDecision;

  @BeforeAll
  static void engines() throws Exception {
    try (InputStream in = ParsedOnceFeelEngineTest.class.getClassLoader().getResourceAsStream(MajorHazardDetermination.RESOURCE)) {
      model = Dmn.readModelFromStream(in);
    }
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    inputTypes = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      inputTypes.put(input.getInputExpression().getText().getTextContent().trim(), input.getInputExpression().getTypeRef());
    }
    standard = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    standardDecision = standard.parseDecision(MajorHazardDetermination.KEY, model);
    parsedOnce = ParsedOnceFeelEngineFactory.dmnEngineConfiguration().buildEngine();
    parsedOnceDecision = parsedOnce.parseDecision(MajorHazardDetermination.KEY, model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.shouwei.bpmn.MajorHazardDeterminationRulesTest#everyRow")
  void everyRow_decidesAsTheStandardEngine(String ruleId, String mineType, String code, Map<String, Object> facts) {
    Map<String, Object> variables = variables(mineType, facts);

    List<Map<String, Object>> expected = standard.evaluateDecision(standardDecision, variables).getResultList();
    assertThat(expected).isNotEmpty();
    assertThat(parsedOnce.evaluateDecision(parsedOnceDecision, variables).getResultList()).isEqualTo(expected);
    assertThat(parsedOnce.evaluateDecision(parsedOnceDecision, variables).getResultList()).isEqualTo(expected);
  }

  /** Random facts of every input's type, some unknown, around the thresholds of the rows. */
  @Test
  void randomFacts_decideAsTheStandardEngine() {
    Random random = new Random(20261129);
    List<String> mineTypes = List.of(MineTypes.UNDERGROUND, MineTypes.OPEN_PIT, MineTypes.TAILINGS_POND, MineTypes.OTHER);
    int majors = 0;
    for (int i = 0; i < 3000; i++) {
      Map<String, Object> facts = new LinkedHashMap<>();
      inputTypes.forEach((name, type) -> {
        if (!name.equals(Inputs.MINE_TYPE)) {
          facts.put(name, random.nextInt(3) == 0 ? null : value(type, random));
        }
      });
      Map<String, Object> variables = variables(mineTypes.get(random.nextInt(mineTypes.size())), facts);

      List<Map<String, Object>> expected = standard.evaluateDecision(standardDecision, variables).getResultList();
      assertThat(parsedOnce.evaluateDecision(parsedOnceDecision, variables).getResultList())
          .as("facts %s", variables).isEqualTo(expected);
      majors += expected.isEmpty() ? 0 : 1;
    }
    assertThat(majors).as("cases that met some criterion").isGreaterThan(300);
  }

  @Test
  void keepsOneParsedFormPerExpression() {
    ParsedOnceFeelEngine engine = new ParsedOnceFeelEngine(List.of());
    VariableContext context = Variables.createVariables().putValue("cellInput", 210).asVariableContext();

    assertThat(engine.evaluateSimpleUnaryTests(">= 200", "cellInput", context)).isTrue();
    assertThat(engine.evaluateSimpleUnaryTests(">= 200", "cellInput", context)).isTrue();
    assertThat(engine.evaluateSimpleUnaryTests("[0..100]", "cellInput", context)).isFalse();
    assertThat(engine.<Object>evaluateSimpleExpression("cellInput + 1", context)).isEqualTo(211L);
    assertThat(engine.<Object>evaluateSimpleExpression("cellInput + 1", context)).isEqualTo(211L);

    assertThat(engine.cached()).isEqualTo(3);
  }

  @Test
  void anExpressionThatDoesNotParse_failsAsWithTheStandardEngine() {
    VariableContext context = Variables.createVariables().putValue("cellInput", 1).asVariableContext();
    ParsedOnceFeelEngine engine = new ParsedOnceFeelEngine(List.of());
    ScalaFeelEngine standardFeel = new ScalaFeelEngine(List.of());

    assertThatThrownBy(() -> standardFeel.evaluateSimpleUnaryTests(">= >=", "cellInput", context))
        .isInstanceOf(FeelException.class);
    assertThatThrownBy(() -> engine.evaluateSimpleUnaryTests(">= >=", "cellInput", context))
        .isInstanceOf(FeelException.class);
    assertThatThrownBy(() -> engine.evaluateSimpleUnaryTests(">= >=", "cellInput", context))
        .isInstanceOf(FeelException.class);
    assertThat(engine.cached()).isZero();
  }

  @Test
  void theFactoryMakesTheEngine_forAConfigurationOfItsOwn() {
    DefaultDmnEngineConfiguration configuration = ParsedOnceFeelEngineFactory.dmnEngineConfiguration();
    configuration.buildEngine();

    assertThat(configuration.getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
  }

  private static Map<String, Object> variables(String mineType, Map<String, Object> facts) {
    Map<String, Object> variables = new LinkedHashMap<>();
    inputTypes.keySet().forEach(name -> variables.put(name, null));
    variables.putAll(facts);
    variables.put(Inputs.MINE_TYPE, mineType);
    return variables;
  }

  private static Object value(String type, Random random) {
    return switch (type) {
      case "boolean" -> random.nextBoolean();
      case "integer" -> random.nextInt(40);
      case "double" -> random.nextInt(2) == 0 ? (double) random.nextInt(300) : random.nextDouble() * 300;
      default -> throw new IllegalStateException("an input of type " + type);
    };
  }
}
