package io.shouwei.workflow.process;

import java.time.Instant;
import java.util.List;

/**
 * One process instance as the API shows it.
 *
 * @param businessKey the id of the object the process is about (a hazard id, an order id)
 * @param endedAt {@code null} while {@code ACTIVE}
 * @param activeActivityIds where it waits now (element ids of its model); empty once {@code COMPLETED}
 * @param currentSteps the open tasks and pending timers, with their due dates
 * @param history every step it passed or is in, oldest first
 */
public record ProcessInstanceView(
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    State state,
    Instant startedAt,
    Instant endedAt,
    List<String> activeActivityIds,
    List<Step> currentSteps,
    List<HistoryEntry> history) {

  public ProcessInstanceView {
    activeActivityIds = List.copyOf(activeActivityIds);
    currentSteps = List.copyOf(currentSteps);
    history = List.copyOf(history);
  }

  /** Running (suspended included) or ended, however it ended. */
  public enum State {
    ACTIVE,
    COMPLETED
  }

  /**
   * An open task ({@code kind} {@code TASK}, with its candidate group) or a pending timer ({@code TIMER}).
   *
   * @param dueAt the task's due date or the timer's next firing; {@code null} when none
   */
  public record Step(String kind, String activityId, String name, String candidateGroup, Instant dueAt) {}

  /** One activity the instance passed or is in; {@code endedAt} {@code null} while in it. */
  public record HistoryEntry(String activityId, String name, String type, Instant startedAt, Instant endedAt) {}
}
