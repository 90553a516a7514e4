package io.shouwei.workflow.process;

import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The process instances of an object (by business key), running and finished, that a caller may
 * see. Reads the engine's history (which holds running instances too) and, for running ones, where
 * they wait now.
 */
@Component
public class ProcessInstances {

  private final HistoryService history;
  private final RuntimeService runtime;

  public ProcessInstances(HistoryService history, RuntimeService runtime) {
    this.history = history;
    this.runtime = runtime;
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
        active ? activeActivityIds(instance.getId()) : List.of());
  }

  private List<String> activeActivityIds(String processInstanceId) {
    try {
      return runtime.getActiveActivityIds(processInstanceId).stream().sorted().toList();
    } catch (NullValueException endedSinceTheQuery) {
      return List.of();
    }
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
