package io.shouwei.workflow.process;

import java.time.Instant;
import java.util.List;

/**
 * One process instance as the API shows it.
 *
 * @param businessKey the id of the object the process is about (a hazard id)
 * @param endedAt {@code null} while {@code ACTIVE}
 * @param activeActivityIds where it waits now (element ids of its model); empty once {@code COMPLETED}
 */
public record ProcessInstanceView(
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    State state,
    Instant startedAt,
    Instant endedAt,
    List<String> activeActivityIds) {

  public ProcessInstanceView {
    activeActivityIds = List.copyOf(activeActivityIds);
  }

  /** Running (suspended included) or ended, however it ended. */
  public enum State {
    ACTIVE,
    COMPLETED
  }
}
