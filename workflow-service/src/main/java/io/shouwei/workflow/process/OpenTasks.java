package io.shouwei.workflow.process;

import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import java.time.Instant;
import java.util.Date;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open tasks a caller may act on: those offered to one of the caller's candidate groups, which
 * follow from the token (an enterprise its {@code ENTERPRISE:<id>}, a town office one {@code
 * TOWN_AGENCY:<town>} per town, the district bureau {@code DISTRICT_AGENCY}); other roles have none.
 * Claiming, giving back and completing a task go through here too; who may do so is decided by the
 * caller of these methods.
 */
@Component
public class OpenTasks {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TransactionTemplate transaction;

  public OpenTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository, TransactionTemplate transaction) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.transaction = transaction;
  }

  /**
   * Oldest first, claimed ones included (their assignee is shown). One query per candidate group,
   * so the group a task is listed under comes from the query itself: a task that ends while the
   * list is built is simply absent, never an error.
   */
  public List<TaskView> of(Caller caller) {
    List<String> groups = candidateGroups(caller);
    Map<String, String> groupOfTask = new HashMap<>();
    Map<String, Task> open = new LinkedHashMap<>();
    for (String group : groups) {
      for (Task task : tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().active().list()) {
        open.putIfAbsent(task.getId(), task);
        groupOfTask.putIfAbsent(task.getId(), group);
      }
    }
    Map<String, String> businessKeys = new HashMap<>();
    Map<String, String> processKeys = new HashMap<>();
    return open.values().stream()
        .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId))
        .map(task -> view(task, groupOfTask.get(task.getId()), processKeys, businessKeys))
        .toList();
  }

  /** The open task with this id, whoever it is offered to; empty when there is none (or it ended). */
  public Optional<OpenTask> byId(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    List<String> groups;
    try {
      groups = groupsOf(task.getId());
    } catch (NullValueException ended) {
      return Optional.empty();
    }
    TaskView view = view(task, groups.isEmpty() ? null : groups.get(0), new HashMap<>(), new HashMap<>());
    return Optional.of(new OpenTask(view, groups));
  }

  /** A variable the task sees (its own, its process's), {@code null} when unset. */
  public Object variable(String taskId, String name) {
    return tasks.getVariable(taskId, name);
  }

  /**
   * Makes {@code userId} the task's assignee.
   *
   * @return {@code false} when another user holds it
   */
  public boolean claim(String taskId, String userId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(userId);
    }
    tasks.claim(taskId, userId);
    return true;
  }

  /**
   * Gives the task back to its candidate group.
   *
   * @return {@code false} when another user holds it
   */
  public boolean unclaim(String taskId, String userId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task.getAssignee() == null) {
      return true;
    }
    if (!task.getAssignee().equals(userId)) {
      return false;
    }
    tasks.setAssignee(taskId, null);
    return true;
  }

  /**
   * Completes the task as {@code userId} (who becomes its assignee in the history) with these
   * variables: the task's own when {@code local}, else its process's.
   *
   * @return {@code false} when another user holds it
   */
  public boolean complete(String taskId, String userId, Map<String, Object> variables, boolean local) {
    Boolean done = transaction.execute(status -> {
      if (!claim(taskId, userId)) {
        return false;
      }
      if (local) {
        tasks.setVariablesLocal(taskId, variables);
        tasks.complete(taskId);
      } else {
        tasks.complete(taskId, variables);
      }
      return true;
    });
    return Boolean.TRUE.equals(done);
  }

  /**
   * An open task with every candidate group it is offered to.
   *
   * @param view {@link TaskView#candidateGroup()} is the first of {@code candidateGroups}
   */
  public record OpenTask(TaskView view, List<String> candidateGroups) {

    public OpenTask {
      candidateGroups = List.copyOf(candidateGroups);
    }
  }

  private TaskView view(Task task, String candidateGroup, Map<String, String> processKeys, Map<String, String> businessKeys) {
    return new TaskView(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        processKeys.computeIfAbsent(task.getProcessDefinitionId(), id -> repository.getProcessDefinition(id).getKey()),
        task.getProcessInstanceId(),
        businessKeys.computeIfAbsent(task.getProcessInstanceId(), this::businessKey),
        candidateGroup,
        task.getAssignee(),
        instant(task.getCreateTime()),
        instant(task.getDueDate()));
  }

  /** The caller's candidate groups. */
  public static List<String> candidateGroups(Caller caller) {
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

  private List<String> groupsOf(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
