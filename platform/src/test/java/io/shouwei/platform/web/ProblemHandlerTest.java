package io.shouwei.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.TransactionSystemException;

class ProblemHandlerTest {

  private final ProblemHandler handler = new ProblemHandler(Duration.ofSeconds(3));
  private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/hazards");

  @Test
  void terminatedConnection_deepInTheCauseChain_is503WithRetryAfter() {
    Exception failure = new IllegalStateException("command failed",
        new RuntimeException("could not append events",
            new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

    ResponseEntity<ProblemDetail> answer = handler.unexpected(failure, request);

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
    assertThat(answer.getBody().getType()).isEqualTo(Problems.UNAVAILABLE);
    assertThat(answer.getBody().getDetail()).contains("not completed");
  }

  @Test
  void failedRollback_afterADroppedConnection_is503() {
    TransactionSystemException rollback =
        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
    rollback.initApplicationException(
        new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006")));

    assertThat(handler.unexpected(new IllegalStateException(rollback), request).getStatusCode().value())
        .isEqualTo(503);
  }

  @Test
  void failedRollback_afterAFailedCommit_onTheClosedConnection_is503() {
    // Spring logs the commit's failure and throws the rollback's, which carries no application exception
    Exception failure = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
    assertThat(handler.unexpected(failure, request).getStatusCode().value()).isEqualTo(503);
    assertThat(DatabaseFailures.isTransient(
            new TransactionSystemException("JDBC commit failed", new SQLException("deferred check", "23514"))))
        .as("a commit refused by the database itself").isFalse();
  }

  @Test
  void aStatementOnTheConnectionThePoolClosed_is503_anotherStatelessFailureIsNot() {
    // Axon's JdbcException around HikariCP's closed connection, mid-transaction
    Exception failure = new IllegalStateException("Failed to create a SQL statement", new SQLException("Connection is closed"));
    assertThat(handler.unexpected(failure, request).getStatusCode().value()).isEqualTo(503);
    assertThat(DatabaseFailures.isTransient(new RuntimeException(new SQLException("some driver failure"))))
        .isFalse();
  }

  @Test
  void poolWithoutConnection_is503() {
    Exception failure = new RuntimeException(new SQLTransientConnectionException("pool - Connection is not available"));

    assertThat(handler.unexpected(failure, request).getStatusCode().value()).isEqualTo(503);
  }

  @Test
  void connectionStates_areTransient_constraintViolationsAreNot() {
    assertThat(DatabaseFailures.isTransientState("08006")).isTrue();
    assertThat(DatabaseFailures.isTransientState("08003")).isTrue();
    assertThat(DatabaseFailures.isTransientState("57P03")).isTrue();
    assertThat(DatabaseFailures.isTransientState("53300")).isTrue();
    assertThat(DatabaseFailures.isTransientState("23505")).isFalse();
    assertThat(DatabaseFailures.isTransientState(null)).isFalse();
  }

  @Test
  void textTheDatabaseCannotHold_is400InvalidRequest() {
    Exception failure = new RuntimeException("could not insert",
        new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

    ResponseEntity<ProblemDetail> answer = handler.unexpected(failure, request);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().getType()).isEqualTo(Problems.INVALID_REQUEST);
    assertThat(DatabaseFailures.isTransient(failure)).isFalse();
  }

  @Test
  void firewallRefusal_is400() {
    ResponseEntity<ProblemDetail> answer =
        handler.requestRejected(new RequestRejectedException("parameter name \"{\n}\" is not allowed"), request);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().getType()).isEqualTo(Problems.INVALID_REQUEST);
  }

  @Test
  void otherFailures_stay500AndSayNothingInternal() {
    Exception failure = new RuntimeException("boom", new SQLException("duplicate key", "23505"));

    ResponseEntity<ProblemDetail> answer = handler.unexpected(failure, request);

    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
    assertThat(answer.getBody().getType()).isEqualTo(Problems.INTERNAL);
    assertThat(answer.getBody().getDetail()).doesNotContain("duplicate");
  }
}
