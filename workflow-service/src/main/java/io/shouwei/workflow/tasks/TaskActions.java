package io.shouwei.workflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import io.shouwei.workflow.process.OpenTasks;
import io.shouwei.workflow.process.OpenTasks.OpenTask;
import io.shouwei.workflow.tasks.TaskCompletion.ByDecision;
import io.shouwei.workflow.tasks.TaskCompletion.ByDomainCommand;
import io.shouwei.workflow.tasks.TaskCompletion.TaskFacts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may see, claim, give back and complete which task. A task is seen and acted on by the
 * organisation it is offered to (its candidate group: role and scope, as in {@code GET /api/tasks});
 * for anyone else it does not exist (404). An auditor reads every task and acts on none; a role
 * that never has tasks (auditor, admin, service, superior company) may not act (403). A task
 * claimed by one user cannot be claimed, given back or completed by another (409).
 */
@Component
public class TaskActions {

  /** The roles whose organisations are offered tasks. */
  private static final Set<Role> ACTING = EnumSet.of(Role.ENTERPRISE, Role.TOWN_AGENCY, Role.DISTRICT_AGENCY);

  private final OpenTasks tasks;
  private final TaskCompletions completions;
  private final ObjectReader reader;
  private final Validator validator;

  public TaskActions(OpenTasks tasks, TaskCompletions completions, ObjectMapper json, Validator validator) {
    this.tasks = tasks;
    this.completions = completions;
    this.reader = json.reader().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.validator = validator;
  }

  /** The task and how it ends. */
  public TaskDetail find(String taskId, Caller caller) {
    OpenTask task = visible(taskId, caller);
    return new TaskDetail(task.view(), describe(task));
  }

  public TaskDetail claim(String taskId, Caller caller) {
    OpenTask task = actionable(taskId, caller);
    if (!tasks.claim(taskId, caller.userId())) {
      throw claimedByAnother(task);
    }
    return find(taskId, caller);
  }

  public TaskDetail unclaim(String taskId, Caller caller) {
    OpenTask task = actionable(taskId, caller);
    if (!tasks.unclaim(taskId, caller.userId())) {
      throw claimedByAnother(task);
    }
    return find(taskId, caller);
  }

  /**
   * Completes a decision task with the body as its form.
   *
   * @param body {@code null} is an empty form
   */
  public void complete(String taskId, JsonNode body, Caller caller) {
    OpenTask task = actionable(taskId, caller);
    TaskCompletion completion = completionOf(task);
    if (completion instanceof ByDomainCommand domain) {
      throw TaskCompletions.useDomainCommand(
          "Task " + task.view().taskDefinitionKey() + " ends when hazard-service records it, not through the task API.",
          TaskCompletions.endpoint(domain.endpoint(), objectId(task)));
    }
    ByDecision<?> decision = (ByDecision<?>) completion;
    if (!tasks.complete(taskId, caller.userId(), variables(decision, body, task), decision.local())) {
      throw claimedByAnother(task);
    }
  }

  private <F> Map<String, Object> variables(ByDecision<F> decision, JsonNode body, OpenTask task) {
    F form = read(decision.form(), body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body);
    Set<ConstraintViolation<F>> violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return decision.variables().variables(form, new TaskFacts(objectId(task), subjectType(task)));
  }

  private <F> F read(Class<F> form, JsonNode body) {
    if (!body.isObject()) {
      throw ProblemException.invalid("The body must be a JSON object with the fields " + TaskCompletion.fields(form) + ".");
    }
    try {
      return reader.treeToValue(body, form);
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.invalid("Unknown field " + e.getPropertyName() + "; the fields are "
          + TaskCompletion.fields(form) + ".");
    } catch (JsonMappingException e) {
      String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName).collect(Collectors.joining("."));
      throw ProblemException.invalid("Field " + field + " has a value of the wrong type.");
    } catch (JsonProcessingException e) {
      throw ProblemException.invalid("The body is not a form of this task.");
    }
  }

  /**
   * A task is read by whoever it is offered to, and like any other object by whoever reaches the
   * enterprise and town it is about (the district bureau, auditors, administrators; a town office
   * in its towns; a superior company in its group). Anyone else gets the 404 of a missing task.
   */
  private OpenTask visible(String taskId, Caller caller) {
    OpenTask task = tasks.byId(taskId).orElseThrow(() -> ProblemException.notFound("Task", taskId));
    if (offeredTo(task, caller) || Jurisdiction.canRead(caller,
        text(tasks.variable(taskId, Variables.ENTERPRISE_ID)), text(tasks.variable(taskId, Variables.TOWN_CODE)))) {
      return task;
    }
    throw ProblemException.notFound("Task", taskId);
  }

  /** A task is acted on only by the organisation it is offered to; others who may read it get 403. */
  private OpenTask actionable(String taskId, Caller caller) {
    if (caller.role() == null || !ACTING.contains(caller.role())) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Your role may not act on tasks.");
    }
    OpenTask task = visible(taskId, caller);
    if (!offeredTo(task, caller)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
          "This task is offered to another organisation; only its members act on it.");
    }
    return task;
  }

  private static boolean offeredTo(OpenTask task, Caller caller) {
    List<String> groups = OpenTasks.candidateGroups(caller);
    return task.candidateGroups().stream().anyMatch(groups::contains);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private TaskDetail.Completion describe(OpenTask task) {
    TaskCompletion completion = completionOf(task);
    if (completion instanceof ByDomainCommand domain) {
      return new TaskDetail.Completion(
          "DOMAIN_COMMAND", List.of(), TaskCompletions.endpoint(domain.endpoint(), objectId(task)));
    }
    return new TaskDetail.Completion("TASK_API", TaskCompletion.fields(((ByDecision<?>) completion).form()), null);
  }

  private TaskCompletion completionOf(OpenTask task) {
    return completions.of(task.view().taskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("no completion for task " + task.view().taskDefinitionKey()));
  }

  /** The object the task is about: a revisit's subject, else its process's business key. */
  private String objectId(OpenTask task) {
    Object subject = RevisitProcess.KEY.equals(task.view().processDefinitionKey())
        ? tasks.variable(task.view().id(), RevisitProcess.Variables.SUBJECT_ID)
        : null;
    return subject instanceof String s ? s : task.view().businessKey();
  }

  private String subjectType(OpenTask task) {
    return RevisitProcess.KEY.equals(task.view().processDefinitionKey())
        ? (String) tasks.variable(task.view().id(), RevisitProcess.Variables.SUBJECT_TYPE)
        : null;
  }

  private static ProblemException claimedByAnother(OpenTask task) {
    return new ProblemException(HttpStatus.CONFLICT, Problems.CONFLICT,
        "Task " + task.view().id() + " is claimed by another user.");
  }
}
