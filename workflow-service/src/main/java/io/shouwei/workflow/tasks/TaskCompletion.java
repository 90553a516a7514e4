package io.shouwei.workflow.tasks;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How a kind of human task ends. */
public sealed interface TaskCompletion {

  /**
   * Through {@code POST /api/tasks/{id}/complete} with a body of {@code form}, whose values become
   * the variables {@code variables} returns (task-local when {@code local}: one of several parallel
   * tasks of the same kind).
   */
  record ByDecision<F>(Class<F> form, Decision<F> variables, boolean local) implements TaskCompletion {}

  /**
   * When hazard-service records the fact: its event ends the task. {@code endpoint} is the command
   * to call, with {@code {id}} for the task's object.
   */
  record ByDomainCommand(String endpoint) implements TaskCompletion {}

  /** The variables of a valid form, or a refusal of one the task may not end with. */
  @FunctionalInterface
  interface Decision<F> {

    /**
     * @throws io.shouwei.platform.web.ProblemException when this task may not end so (409, naming
     *     the domain command that records it instead)
     */
    Map<String, Object> variables(F form, TaskFacts task);
  }

  /**
   * What a decision may read of its task.
   *
   * @param objectId the id of the object the task is about (business key, or a revisit's subject)
   * @param subjectType a revisit's subject type; {@code null} for other tasks
   */
  record TaskFacts(String objectId, String subjectType) {}

  /** The fields of a decision's form, for the task's description. */
  static List<String> fields(Class<?> form) {
    return Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
