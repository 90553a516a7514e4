package io.shouwei.workflow.process;

import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks a caller may act on: those offered to one of the caller's candidate groups, which
 * follow from the token (an enterprise its {@code ENTERPRISE:<id>}, a town office one {@code
 * TOWN_AGENCY:<town>} per town, the district bureau {@code DISTRICT_AGENCY}); other roles have none.
 */
@Component
public class OpenTasks {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;

  public OpenTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** Oldest first. */
  public List<TaskView> of(Caller caller) {
    List<String> groups = candidateGroups(caller);
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(groups).active().orderByTaskCreateTime().asc().list();
    Map<String, String> businessKeys = new HashMap<>();
    Map<String, String> processKeys = new HashMap<>();
    return open.stream()
        .map(task -> new TaskView(
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getName(),
            processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                id -> repository.getProcessDefinition(id).getKey()),
            task.getProcessInstanceId(),
            businessKeys.computeIfAbsent(task.getProcessInstanceId(), this::businessKey),
            candidateGroup(task.getId(), groups),
            instant(task.getCreateTime()),
            instant(task.getDueDate())))
        .toList();
  }

  /** The caller's candidate groups. */
  static List<String> candidateGroups(Caller caller) {
    Role role = caller.role();
    if (role == null) {
      return List.of();
    }
    return switch (role) {
      case ENTERPRISE -> caller.enterpriseId() == null
          ? List.of()
          : List.of(CandidateGroups.of(CandidateGroups.ENTERPRISE, caller.enterpriseId()));
      case TOWN_AGENCY -> caller.towns().stream().map(t -> CandidateGroups.of(CandidateGroups.TOWN_AGENCY, t)).toList();
      case DISTRICT_AGENCY -> List.of(CandidateGroups.DISTRICT_AGENCY);
      default -> List.of();
    };
  }

  private String businessKey(String processInstanceId) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private String candidateGroup(String taskId, List<String> callerGroups) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(callerGroups::contains)
        .findFirst()
        .orElse(null);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
