package io.shouwei.workflow.process;

import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.workflow.process.ProcessInstanceView.HistoryEntry;
import io.shouwei.workflow.process.ProcessInstanceView.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The process instances of an object (by business key), running and finished, that a caller may
 * see: where each waits now, with due dates, and the steps it went through. Every model names the
 * owner of its object in variables {@code enterpriseId} and {@code townCode}, which decide who sees it.
 */
@Component
public class ProcessInstances {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  public ProcessInstances(
      HistoryService history, RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** Oldest first; instances the caller may not see are left out, as if they did not exist. */
  public List<ProcessInstanceView> ofBusinessKey(String businessKey, Caller caller) {
    List<HistoricProcessInstance> instances =
        history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .orderByProcessInstanceStartTime()
            .asc()
            .list();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> scope = ownership(instances);
    return instances.stream()
        .filter(
            i -> {
              Map<String, Object> vars = scope.getOrDefault(i.getId(), Map.of());
              return Jurisdiction.canRead(
                  caller, text(vars.get(Variables.ENTERPRISE_ID)), text(vars.get(Variables.TOWN_CODE)));
            })
        .map(this::view)
        .toList();
  }

  /** enterpriseId and townCode of each instance, from its historic variables. */
  private Map<String, Map<String, Object>> ownership(List<HistoricProcessInstance> instances) {
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    List<HistoricVariableInstance> variables =
        history.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(ids)
            .variableNameIn(Variables.ENTERPRISE_ID, Variables.TOWN_CODE)
            .list();
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (HistoricVariableInstance v : variables) {
      if (v.getProcessInstanceId().equals(v.getExecutionId())) {
        byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    return byInstance;
  }

  private ProcessInstanceView view(HistoricProcessInstance instance) {
    boolean active = instance.getEndTime() == null;
    return new ProcessInstanceView(
        instance.getId(),
        instance.getProcessDefinitionKey(),
        instance.getBusinessKey(),
        active ? ProcessInstanceView.State.ACTIVE : ProcessInstanceView.State.COMPLETED,
        instant(instance.getStartTime()),
        instant(instance.getEndTime()),
        active ? activeActivityIds(instance.getId()) : List.of(),
        active ? currentSteps(instance.getId()) : List.of(),
        history(instance.getId()));
  }

  private List<String> activeActivityIds(String processInstanceId) {
    try {
      return runtime.getActiveActivityIds(processInstanceId).stream().sorted().toList();
    } catch (NullValueException endedSinceTheQuery) {
      return List.of();
    }
  }

  private List<Step> currentSteps(String processInstanceId) {
    List<Step> steps = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()) {
      steps.add(new Step("TASK", task.getTaskDefinitionKey(), task.getName(), candidateGroup(task.getId()),
          instant(task.getDueDate())));
    }
    for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().orderByJobDuedate().asc().list()) {
      JobDefinition definition =
          management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult();
      String activityId = definition == null ? null : definition.getActivityId();
      steps.add(new Step("TIMER", activityId, null, null, instant(timer.getDuedate())));
    }
    return steps;
  }

  private String candidateGroup(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElse(null);
  }

  private List<HistoryEntry> history(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .map(a -> new HistoryEntry(a.getActivityId(), a.getActivityName(), a.getActivityType(),
            instant(a.getStartTime()), instant(a.getEndTime())))
        .toList();
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
