package io.shouwei.reporting.ingest;

/**
 * A record of a batch could not be applied: the records before it are applied and written, this one
 * and the ones after it may not be. The cause is the record's failure: a {@link
 * MalformedEventException}, or whatever applying it alone threw.
 */
public class RecordFailedException extends RuntimeException {

  private final int index;

  public RecordFailedException(int index, RuntimeException cause) {
    super("record " + index + " of the batch failed: " + cause.getMessage(), cause);
    this.index = index;
  }

  /** The position of the record in the batch. */
  public int index() {
    return index;
  }

  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }
}
