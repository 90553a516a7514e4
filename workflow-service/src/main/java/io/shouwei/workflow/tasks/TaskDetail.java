package io.shouwei.workflow.tasks;

import io.shouwei.workflow.process.TaskView;
import java.util.List;

/**
 * One open task and how it ends.
 *
 * @param completion how the task ends: through the task API with a form, or by a domain command
 */
public record TaskDetail(TaskView task, Completion completion) {

  /**
   * @param through {@code TASK_API} or {@code DOMAIN_COMMAND}
   * @param formFields the fields of the body of {@code POST /api/tasks/{id}/complete}; empty for a domain command
   * @param endpoint the domain command that ends the task; {@code null} through the task API
   */
  public record Completion(String through, List<String> formFields, String endpoint) {

    public Completion {
      formFields = List.copyOf(formFields);
    }
  }
}
