package io.shouwei.workflow.hazardclient;

/** hazard-service could not be reached, or answered with an error; the engine retries the job. */
public class HazardServiceException extends RuntimeException {

  public HazardServiceException(String message) {
    super(message);
  }

  public HazardServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
