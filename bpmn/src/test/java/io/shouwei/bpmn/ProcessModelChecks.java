package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/**
 * What every process model and its constants class must agree on: each constant names an element
 * of the process, each element other than a sequence flow has a constant, ids are readable, every
 * element is drawn, the message names are those of the constants, candidate groups are
 * {@code role:scope} of a known role, every delegate expression names a bean of {@link DelegateBeans},
 * and every notification task gives the inputs of {@link Notifications.Inputs}.
 */
abstract class ProcessModelChecks {

  private static final String READABLE_ID =
      "(StartEvent|EndEvent|Task|Timer|Flow|SubProcess|CallActivity|Catch|Gateway)_[A-Z][A-Za-z]+";

  abstract String resource();

  abstract String key();

  abstract String historyTimeToLive();

  abstract Class<?> elements();

  abstract Class<?> messages();

  BpmnModelInstance model() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource())) {
      assertThat(in).as(resource()).isNotNull();
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Bpmn.validateModel(model);
      return model;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Process process() {
    return model().getModelElementById(key());
  }

  @Test
  void process_isExecutable_withTheKeyAndHistoryTimeToLiveOfTheConstants() {
    Process process = process();
    assertThat(process).as("process " + key()).isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo(historyTimeToLive());
  }

  @Test
  void everyElementIdOfTheConstants_existsInTheProcess() {
    BpmnModelInstance model = model();
    for (String id : constants(elements())) {
      BaseElement element = model.getModelElementById(id);
      assertThat(element).as("element " + id).isNotNull();
      assertThat(element).as(id).isInstanceOf(FlowElement.class);
    }
  }

  @Test
  void everyFlowElementButTheSequenceFlows_hasAConstant() {
    Set<String> modelIds =
        flowElements(model()).stream()
            .filter(e -> !(e instanceof SequenceFlow))
            .map(FlowElement::getId)
            .collect(Collectors.toSet());

    assertThat(constants(elements())).containsExactlyInAnyOrderElementsOf(modelIds);
  }

  @Test
  void ids_areReadable_notGenerated() {
    for (FlowElement element : flowElements(model())) {
      assertThat(element.getId()).matches(READABLE_ID);
    }
  }

  @Test
  void everyFlowElement_isDrawn() {
    BpmnModelInstance model = model();
    Set<String> drawn =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(s -> s.getBpmnElement().getId())
            .collect(Collectors.toSet());
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

    assertThat(drawn).containsAll(flowElements(model).stream().map(FlowElement::getId).toList());
  }

  @Test
  void messagesOfTheModel_areTheMessagesOfTheConstants() {
    Set<String> names =
        model().getModelElementsByType(Message.class).stream().map(Message::getName).collect(Collectors.toSet());

    assertThat(names).containsExactlyInAnyOrderElementsOf(constants(messages()));
  }

  @Test
  void candidateGroups_areARoleWithItsScope() {
    for (UserTask task : model().getModelElementsByType(UserTask.class)) {
      List<String> groups = Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim).toList();
      assertThat(groups).as(task.getId()).hasSize(1);
      String group = groups.get(0);
      String role = group.split(CandidateGroups.SEPARATOR)[0];
      assertThat(role).as(task.getId()).isIn(constants(CandidateGroups.class));
      if (role.equals(CandidateGroups.DISTRICT_AGENCY)) {
        assertThat(group).as(task.getId()).isEqualTo(CandidateGroups.DISTRICT_AGENCY);
      } else {
        assertThat(group).as(task.getId()).matches(role + CandidateGroups.SEPARATOR + "\\$\\{[a-zA-Z]+\\}");
      }
    }
  }

  @Test
  void delegateExpressions_nameTheBeansOfTheConstants() {
    for (ServiceTask task : model().getModelElementsByType(ServiceTask.class)) {
      String expression = task.getCamundaDelegateExpression();
      assertThat(expression).as(task.getId()).isNotNull();
      String bean = expression.substring(2, expression.length() - 1);
      assertThat(bean).as(task.getId()).isIn(constants(DelegateBeans.class));
      if (bean.equals(DelegateBeans.NOTIFY)) {
        Set<String> inputs = new HashSet<>();
        task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
            .singleResult().getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName).forEach(inputs::add);
        assertThat(inputs).as(task.getId()).containsExactlyInAnyOrderElementsOf(constants(Notifications.Inputs.class));
      }
    }
  }

  static List<FlowElement> flowElements(BpmnModelInstance model) {
    return model.getModelElementsByType(FlowElement.class).stream().toList();
  }

  static Collection<String> constants(Class<?> holder) {
    return Arrays.stream(holder.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class)
        .map(ProcessModelChecks::value)
        .filter(v -> !v.equals(CandidateGroups.SEPARATOR))
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
