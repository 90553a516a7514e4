package io.shouwei.reporting.ingest;

/**
 * A record that is not a well-formed event: not JSON, not an envelope, or a known type whose payload
 * does not parse. Retrying cannot help; the record goes to the dead-letter topic with this message
 * as the reason.
 */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String reason) {
    super(reason);
  }

  public MalformedEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
