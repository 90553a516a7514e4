package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.shouwei.bpmn.MajorHazardDetermination.Inputs;
import io.shouwei.bpmn.MajorHazardDetermination.MineTypes;
import io.shouwei.bpmn.MajorHazardDetermination.Outputs;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model, its constants class and the criteria file agree: every name used in code exists in the
 * model, and back; every code the decision yields is a confirmed criterion of the file, of the mine
 * type the row tests.
 */
class MajorHazardDeterminationModelTest {

  private static Decision decision;
  private static DecisionTable table;
  /** Criteria by code, each as the JSON object's fields. */
  private static Map<String, Map<String, Object>> criteria;

  @BeforeAll
  static void readModelAndCriteria() throws Exception {
    ClassLoader loader = MajorHazardDeterminationModelTest.class.getClassLoader();
    DmnModelInstance model;
    try (InputStream in = loader.getResourceAsStream(MajorHazardDetermination.RESOURCE)) {
      assertThat(in).as(MajorHazardDetermination.RESOURCE).isNotNull();
      model = Dmn.readModelFromStream(in);
    }
    Dmn.validateModel(model);
    decision = model.getModelElementById(MajorHazardDetermination.KEY);
    table = (DecisionTable) decision.getExpression();

    try (InputStream in = loader.getResourceAsStream(MajorHazardDetermination.CRITERIA_RESOURCE)) {
      assertThat(in).as(MajorHazardDetermination.CRITERIA_RESOURCE).isNotNull();
      List<Map<String, Object>> list = JsonPath.parse(in).read("$[*]");
      criteria = new HashMap<>();
      list.forEach(c -> criteria.put((String) c.get("code"), c));
    }
  }

  @Test
  void decision_hasTheKeyHistoryTimeToLiveAndCollectHitPolicy() {
    assertThat(decision).as("decision " + MajorHazardDetermination.KEY).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo(MajorHazardDetermination.HISTORY_TIME_TO_LIVE);
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getAggregation()).as("COLLECT lists the rows, it does not aggregate them").isNull();
  }

  @Test
  void inputs_areExactlyTheConstants_eachAVariableOfItsName_typed() {
    List<String> expressions = table.getInputs().stream().map(i -> i.getInputExpression().getText().getTextContent()).toList();

    assertThat(expressions).containsExactlyInAnyOrderElementsOf(constants(Inputs.class));
    assertThat(expressions.get(0)).isEqualTo(Inputs.MINE_TYPE);
    for (Input input : table.getInputs()) {
      String name = input.getInputExpression().getText().getTextContent();
      assertThat(input.getId()).isEqualTo("Input_" + name);
      assertThat(input.getLabel()).as("label of " + name).isNotBlank();
      String type = input.getInputExpression().getTypeRef();
      if (name.equals(Inputs.MINE_TYPE)) {
        assertThat(type).isEqualTo("string");
      } else if (name.endsWith("Metres")) {
        assertThat(type).as("a length in metres: " + name).isEqualTo("double");
      } else {
        assertThat(type).as(name).isIn("boolean", "integer");
      }
    }
  }

  @Test
  void outputs_areExactlyTheConstants() {
    assertThat(table.getOutputs().stream().map(Output::getName)).containsExactlyInAnyOrderElementsOf(constants(Outputs.class));
  }

  @Test
  void ruleIds_areReadable_notGenerated() {
    assertThat(table.getRules()).isNotEmpty();
    for (Rule rule : table.getRules()) {
      assertThat(rule.getId()).matches("Rule_[A-Z][A-Za-z0-9]+");
    }
  }

  @Test
  void everyRow_testsOneMineTypeAndAtLeastOneFact() {
    int mineTypeColumn = inputIndex(Inputs.MINE_TYPE);
    Set<String> mineTypes = constants(MineTypes.class).stream().map(t -> '"' + t + '"').collect(Collectors.toSet());
    for (Rule rule : table.getRules()) {
      List<String> entries = rule.getInputEntries().stream().map(e -> e.getText().getTextContent().trim()).toList();
      assertThat(entries.get(mineTypeColumn)).as(rule.getId()).isIn(mineTypes);
      long facts = entries.stream().filter(e -> !e.equals("-")).count() - 1;
      assertThat(facts).as("facts tested by " + rule.getId()).isPositive();
    }
  }

  @Test
  void everyOutputCode_isAConfirmedCriterionOfTheFile_ofTheMineTypeTheRowTests() {
    int mineTypeColumn = inputIndex(Inputs.MINE_TYPE);
    int codeColumn = outputIndex(Outputs.CRITERION_CODE);
    for (Rule rule : table.getRules()) {
      String code = unquote(rule.getOutputEntries().stream().toList().get(codeColumn).getText().getTextContent());
      Map<String, Object> criterion = criteria.get(code);
      assertThat(criterion).as(rule.getId() + " cites " + code).isNotNull();
      assertThat(criterion.get("confirmed")).as(code + " confirmed").isEqualTo(true);
      InputEntry mineType = rule.getInputEntries().stream().toList().get(mineTypeColumn);
      assertThat(unquote(mineType.getText().getTextContent())).as(rule.getId()).isEqualTo(criterion.get("mineType"));
      assertThat(rule.getDescription().getTextContent()).as("description of " + rule.getId()).isEqualTo(code);
    }
  }

  @Test
  void everyRow_givesAReason() {
    int reasonColumn = outputIndex(Outputs.REASON);
    for (Rule rule : table.getRules()) {
      String reason = unquote(rule.getOutputEntries().stream().toList().get(reasonColumn).getText().getTextContent());
      assertThat(reason).as(rule.getId()).isNotBlank();
    }
  }

  private static int inputIndex(String name) {
    List<Input> inputs = table.getInputs().stream().toList();
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).getInputExpression().getText().getTextContent().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no input " + name);
  }

  private static int outputIndex(String name) {
    List<Output> outputs = table.getOutputs().stream().toList();
    for (int i = 0; i < outputs.size(); i++) {
      if (outputs.get(i).getName().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no output " + name);
  }

  private static String unquote(String feelString) {
    String s = feelString.trim();
    assertThat(s).as("a FEEL string literal").startsWith("\"").endsWith("\"");
    return s.substring(1, s.length() - 1);
  }

  static List<String> constants(Class<?> holder) {
    return Arrays.stream(holder.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(MajorHazardDeterminationModelTest::value)
        .toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
