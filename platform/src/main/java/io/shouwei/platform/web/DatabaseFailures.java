package io.shouwei.platform.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.function.Predicate;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises two kinds of database failure anywhere in an exception's cause chain, however a
 * framework wrapped them. Either way the transaction was rolled back, so nothing was stored.
 *
 * <ul>
 *   <li>transient: the database out of reach for a moment (a dropped or refused connection, a
 *       server shutting down, a pool with no connection to give), answered 503: the request may
 *       be sent again;
 *   <li>unstorable text: a string the database cannot hold (a NUL character), answered 400: the
 *       request itself is at fault.
 * </ul>
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /** Whether {@code failure} or one of its causes is a transient database failure. */
  public static boolean isTransient(Throwable failure) {
    return anyCause(failure, t -> t instanceof SQLTransientException || t instanceof SQLRecoverableException
        || t instanceof SQLException sql && (isTransientState(sql.getSQLState()) || closedByThePool(sql)));
  }

  /**
   * HikariCP's answer for a connection it has already closed (it evicted it when the database
   * dropped it mid-transaction): an {@link SQLException} with no state of its own, whether the
   * next statement, the commit or the rollback met it. When the commit fails and then the rollback
   * too, Spring throws the rollback's failure and only logs the commit's, so this may be all that
   * is left to recognise.
   */
  private static boolean closedByThePool(SQLException e) {
    return e.getSQLState() == null && CLOSED_BY_THE_POOL.equals(e.getMessage());
  }

  private static final String CLOSED_BY_THE_POOL = "Connection is closed";

  /** Whether the database refused a string of the request because of its characters. */
  public static boolean isUnstorableText(Throwable failure) {
    return anyCause(failure, t -> t instanceof SQLException sql && isUnstorableTextState(sql.getSQLState()));
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P (operator intervention: terminated, shutting
   * down, cannot connect now) and 53300 (too many connections).
   */
  static boolean isTransientState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
  }

  /** SQLSTATE 22021 (character not in repertoire, e.g. NUL in UTF-8) and 22P05 (untranslatable character). */
  static boolean isUnstorableTextState(String state) {
    return "22021".equals(state) || "22P05".equals(state);
  }

  /**
   * Walks the cause chain; a failed rollback ({@link TransactionSystemException}) also leads to the
   * failure that caused the rollback, which it keeps outside the chain.
   */
  private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (test.test(t)) {
        return true;
      }
      if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && anyCause(rollback.getApplicationException(), test)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
