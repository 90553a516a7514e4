package io.shouwei.workflow.process;

import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.workflow.process.ProcessInstanceView.HistoryEntry;
import io.shouwei.workflow.process.ProcessInstanceView.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
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
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The process instances of an object (by business key), running and finished, that a caller may
 * see: where each waits now, with due dates, and the steps it went through. Every model but the
 * campaign names the owner of its object in variables {@code enterpriseId} and {@code townCode},
 * which decide who sees it; a campaign is seen by whoever it reaches ({@link CampaignReach}).
 */
@Component
public class ProcessInstances {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final CampaignReach campaigns;

  public ProcessInstances(
      HistoryService history,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      CampaignReach campaigns) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.campaigns = campaigns;
  }

  /**
   * The instances of these processes with this business key (an object and the revisits it
   * called), oldest first; instances the caller may not see are left out, as if they did not exist.
   */
  public List<ProcessInstanceView> ofBusinessKey(String businessKey, Collection<String> processKeys, Caller caller) {
    List<HistoricProcessInstance> instances =
        history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .processDefinitionKeyIn(processKeys.toArray(String[]::new))
            .orderByProcessInstanceStartTime()
            .asc()
            .list();
    return visible(instances, caller).stream().map(this::view).toList();
  }

  /**
   * The hazards listed for supervision (挂牌督办) that the caller may see: the running {@value
   * HazardRectificationProcess#KEY} instances of major hazards until sign-off, oldest first.
   */
  public List<ProcessInstanceView> supervised(Caller caller) {
    List<String> ids = runtime.createProcessInstanceQuery()
        .processDefinitionKey(HazardRectificationProcess.KEY)
        .variableValueEquals(Variables.LEVEL, HazardLevel.MAJOR.name())
        .list()
        .stream()
        .filter(i -> !inLookBack(i.getId()))
        .map(ProcessInstance::getId)
        .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(ids))
        .orderByProcessInstanceStartTime()
        .asc()
        .list();
    return visible(instances, caller).stream().map(this::view).toList();
  }

  /** Whether the instance is past sign-off (ended since the query counts as past it). */
  private boolean inLookBack(String processInstanceId) {
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    return tree == null || tree.getActivityInstances(Elements.SUBPROCESS_LOOK_BACK).length > 0;
  }

  private List<HistoricProcessInstance> visible(List<HistoricProcessInstance> instances, Caller caller) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> scope = ownership(instances);
    return instances.stream()
        .filter(i -> {
          if (CampaignProcess.KEY.equals(i.getProcessDefinitionKey())) {
            return campaigns.reaches(caller, i.getBusinessKey());
          }
          Map<String, Object> vars = scope.getOrDefault(i.getId(), Map.of());
          return Jurisdiction.canRead(caller, text(vars.get(Variables.ENTERPRISE_ID)), text(vars.get(Variables.TOWN_CODE)));
        })
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
