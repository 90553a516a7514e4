package io.shouwei.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.workflow.WorkflowServiceTestBase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every delegate expression and every bean a listener expression or a multi-instance collection
 * calls, in every deployed model, is a bean of this service: a model that names a missing bean
 * fails here, not at 3 a.m. when its timer fires.
 */
class DelegateWiringIT extends WorkflowServiceTestBase {

  private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{([a-zA-Z]+)\\.[a-zA-Z]+\\(");
  private static final Pattern DELEGATE = Pattern.compile("\\$\\{([a-zA-Z]+)}");

  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;

  @Test
  void everyBeanTheDeployedModelsName_isABeanOfThisService() throws Exception {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).extracting(ProcessDefinition::getKey).contains("hazard-rectification", "order-to-stop");
    List<String> named = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model;
      try (InputStream in = repository.getProcessModel(definition.getId())) {
        model = Bpmn.readModelFromStream(in);
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        Matcher delegate = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()));
        assertThat(delegate.matches()).as(task.getId() + " has a delegate expression").isTrue();
        named.add(delegate.group(1));
      }
      for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
        Matcher call = BEAN_CALL.matcher(String.valueOf(loop.getCamundaCollection()));
        assertThat(call.find()).as("collection of " + loop.getParentElement().getAttributeValue("id")).isTrue();
        named.add(call.group(1));
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        Matcher call = BEAN_CALL.matcher(String.valueOf(listener.getCamundaExpression()));
        while (call.find()) {
          if (!call.group(1).equals("execution")) {
            named.add(call.group(1));
          }
        }
      }
    }

    assertThat(named).contains("notify", "countDaysOverdue", "enforceStop", "citedHazards", "dueDates", "campaignScope");
    for (String bean : named) {
      assertThat(context.containsBean(bean)).as("bean " + bean).isTrue();
    }
  }
}
