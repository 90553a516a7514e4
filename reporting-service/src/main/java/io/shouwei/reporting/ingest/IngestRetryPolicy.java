package io.shouwei.reporting.ingest;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How often a record that failed is tried again before it goes to the dead-letter topic.
 *
 * <ul>
 *   <li>a malformed record: never (see {@link MalformedEventException});
 *   <li>MongoDB unreachable or failing over: until it answers again, backing off up to 30 s, so that an outage
 *       delays the read models instead of dead-lettering good events;
 *   <li>anything else: twice more, a second apart.
 * </ul>
 */
final class IngestRetryPolicy {

  static final BackOff OTHER_FAILURES = new FixedBackOff(1_000, 2);

  private IngestRetryPolicy() {}

  /** The back-off for {@code failure}, or {@code null} for {@link #OTHER_FAILURES}. */
  static BackOff backOffFor(Throwable failure) {
    return isMongoUnavailable(failure) ? untilMongoAnswers() : null;
  }

  static boolean isMongoUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MongoSocketException
          || t instanceof MongoTimeoutException
          || t instanceof MongoNotPrimaryException
          || t instanceof MongoNodeIsRecoveringException) {
        return true;
      }
    }
    return false;
  }

  private static BackOff untilMongoAnswers() {
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(30_000);
    return backOff;
  }
}
