package io.shouwei.platform.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Recognises a failure that is the database being out of reach for a moment (a dropped or
 * refused connection, a server shutting down, a pool with no connection to give) anywhere in an
 * exception's cause chain, however a framework wrapped it. Such a failure is answered 503: the
 * request was not completed and may be sent again (a command carries its If-Match or Idempotency-Key).
 */
public final class TransientFailures {

  private TransientFailures() {}

  /** Whether {@code failure} or one of its causes is a transient database failure. */
  public static boolean isTransientDatabaseFailure(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P (operator intervention: terminated, shutting
   * down, cannot connect now) and 53300 (too many connections).
   */
  static boolean isTransientState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
  }
}
