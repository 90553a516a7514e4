package io.shouwei.workflow.correlation;

/**
 * A record that is not an event this service can read: not JSON, not an envelope, a payload of the
 * wrong shape, or a schema version newer than ours. Retrying cannot help; it goes to the dead-letter
 * topic.
 */
public class UnreadableEventException extends RuntimeException {

  public UnreadableEventException(String message) {
    super(message);
  }

  public UnreadableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
