package io.shouwei.workflow.process;

/** What became of one event handed to a process. */
public enum CorrelationOutcome {
  /** The process took it: started, moved on, or recorded what the event says. */
  APPLIED,
  /** The same event was applied before (a redelivery); nothing changed. */
  DUPLICATE,
  /** No instance waits for it yet: the caller holds the event and tries again. */
  NOT_WAITING
}
