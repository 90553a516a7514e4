package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.HazardRectificationProcess.CandidateGroups;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model and its constants class agree: every name used in code exists in the model, and back. */
class HazardRectificationModelTest {

  private static BpmnModelInstance model;
  private static Process process;

  @BeforeAll
  static void readModel() throws Exception {
    try (InputStream in =
        HazardRectificationModelTest.class.getClassLoader().getResourceAsStream(HazardRectificationProcess.RESOURCE)) {
      assertThat(in).as(HazardRectificationProcess.RESOURCE).isNotNull();
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
    process = model.getModelElementById(HazardRectificationProcess.KEY);
  }

  @Test
  void process_isExecutable_withTheKeyAndHistoryTimeToLiveOfTheConstants() {
    assertThat(process).as("process " + HazardRectificationProcess.KEY).isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo(HazardRectificationProcess.HISTORY_TIME_TO_LIVE);
  }

  @Test
  void everyElementIdOfTheConstants_existsInTheProcess() {
    for (String id : constants(Elements.class)) {
      BaseElement element = model.getModelElementById(id);
      assertThat(element).as("element " + id).isNotNull();
      assertThat(element.getParentElement()).as("parent of " + id).isEqualTo(process);
    }
  }

  @Test
  void everyFlowElementOfTheProcess_hasAConstant() {
    Set<String> modelIds =
        process.getFlowElements().stream()
            .map(FlowElement::getId)
            .filter(id -> !id.startsWith("TimerEventDefinition_"))
            .collect(Collectors.toSet());

    assertThat(constants(Elements.class)).containsExactlyInAnyOrderElementsOf(modelIds);
  }

  @Test
  void ids_areReadable_notGenerated() {
    for (FlowElement element : process.getFlowElements()) {
      assertThat(element.getId()).matches("(StartEvent|EndEvent|Task|Timer|Flow)_[A-Z][A-Za-z]+");
    }
  }

  @Test
  void everyFlowElement_isDrawn() {
    Set<String> drawn =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(s -> s.getBpmnElement().getId())
            .collect(Collectors.toSet());
    drawn.addAll(
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(e -> e.getBpmnElement().getId())
            .collect(Collectors.toSet()));

    assertThat(drawn).containsAll(constants(Elements.class));
  }

  @Test
  void userTasks_areOfferedToTheCandidateGroupsOfTheConstants() {
    assertThat(candidateGroups(Elements.TASK_SUBMIT_RECTIFICATION_PLAN)).containsExactly(CandidateGroups.ENTERPRISE);
    assertThat(candidateGroups(Elements.TASK_CHASE_PLAN)).containsExactly(CandidateGroups.TOWN_AGENCY);
    assertThat(constants(CandidateGroups.class))
        .containsExactlyInAnyOrder(CandidateGroups.ENTERPRISE, CandidateGroups.TOWN_AGENCY);
  }

  @Test
  void planDueTimer_andDueDate_readTheVariablesOfTheConstants() {
    UserTask plan = model.getModelElementById(Elements.TASK_SUBMIT_RECTIFICATION_PLAN);
    BoundaryEvent timer = model.getModelElementById(Elements.TIMER_PLAN_DUE);
    TimerEventDefinition definition =
        (TimerEventDefinition) timer.getEventDefinitions().iterator().next();

    assertThat(plan.getCamundaDueDate()).isEqualTo("${" + Variables.PLAN_DUE_DATE + "}");
    assertThat(timer.getAttachedTo()).isEqualTo(plan);
    assertThat(timer.cancelActivity()).as("non-interrupting").isFalse();
    assertThat(definition.getTimeDuration().getTextContent()).isEqualTo("${" + Variables.PLAN_DUE + "}");
  }

  private static List<String> candidateGroups(String taskId) {
    UserTask task = model.getModelElementById(taskId);
    return Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim).toList();
  }

  private static Collection<String> constants(Class<?> holder) {
    return Arrays.stream(holder.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(HazardRectificationModelTest::value)
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
