package io.shouwei.workflow.tasks.web;

import io.shouwei.platform.security.Callers;
import io.shouwei.workflow.process.OpenTasks;
import io.shouwei.workflow.process.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's open tasks. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks")
class TaskController {

  private final OpenTasks tasks;

  TaskController(OpenTasks tasks) {
    this.tasks = tasks;
  }

  @GetMapping
  @Operation(
      summary = "The open tasks offered to the caller's organisation, oldest first",
      description = "An enterprise sees its enterprise's tasks, a town office those of its towns, the district bureau"
          + " the district's; other roles have none. Tasks about hazard-service's objects end when the"
          + " corresponding command there is given.")
  List<TaskView> list() {
    return tasks.of(Callers.require());
  }
}
