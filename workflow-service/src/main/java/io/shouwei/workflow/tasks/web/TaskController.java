package io.shouwei.workflow.tasks.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.PageParams;
import io.shouwei.workflow.process.OpenTasks;
import io.shouwei.workflow.process.TaskView;
import io.shouwei.workflow.tasks.TaskActions;
import io.shouwei.workflow.tasks.TaskDetail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's open tasks: list, read, claim, give back, complete. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks")
class TaskController {

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  private final OpenTasks tasks;
  private final TaskActions actions;

  TaskController(OpenTasks tasks, TaskActions actions) {
    this.tasks = tasks;
    this.actions = actions;
  }

  @GetMapping
  @Operation(
      summary = "The open tasks offered to the caller's organisation, oldest first",
      description = "An enterprise sees its enterprise's tasks, a town office those of its towns, the district bureau"
          + " the district's; other roles have none. Tasks about hazard-service's objects end when the"
          + " corresponding command there is given.")
  List<TaskView> list(
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "items per page, 1 to " + MAX_PAGE_SIZE + "; more is 400")
          @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
          int size) {
    PageParams paging = PageParams.of(page, size, MAX_PAGE_SIZE);
    return paging.of(tasks.of(Callers.require()));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One open task and how it ends",
      description = "Read by the organisation it is offered to and by whoever reaches the enterprise and town it is"
          + " about (the district bureau, auditors, administrators; a town office in its towns; a superior"
          + " company in its group); 404 for anyone else. Only the organisation it is offered to acts on it"
          + " (claim, unclaim, complete); a supervising agency gets 403.")
  TaskDetail get(@PathVariable String id) {
    return actions.find(id, Callers.require());
  }

  @PostMapping("/{id}/claim")
  @Operation(summary = "Take the task (409 when another user holds it)")
  TaskDetail claim(@PathVariable String id) {
    return actions.claim(id, Callers.require());
  }

  @PostMapping("/{id}/unclaim")
  @Operation(summary = "Give the task back to its organisation (409 when another user holds it)")
  TaskDetail unclaim(@PathVariable String id) {
    return actions.unclaim(id, Callers.require());
  }

  @PostMapping("/{id}/complete")
  @Operation(
      summary = "Complete a decision task with its form",
      description = "Only tasks that are decisions of the workflow itself (completion.through = TASK_API); a task"
          + " about a domain fact answers 409 with the command to call (completion.endpoint), whose event ends it.")
  ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    actions.complete(id, body, Callers.require());
    return ResponseEntity.noContent().build();
  }
}
