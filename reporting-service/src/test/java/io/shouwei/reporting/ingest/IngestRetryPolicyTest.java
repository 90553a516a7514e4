package io.shouwei.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import java.util.Set;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

class IngestRetryPolicyTest {

  @Test
  void mongoUnreachable_isRetriedWithoutEnd() {
    var failure =
        new ListenerExecutionFailedException("listener failed", new MongoTimeoutException("no server"));

    BackOffExecution execution = IngestRetryPolicy.backOffFor(failure).start();

    long last = 0;
    for (int attempt = 0; attempt < 1_000; attempt++) {
      last = execution.nextBackOff();
      assertThat(last).isNotEqualTo(BackOffExecution.STOP);
    }
    assertThat(last).isEqualTo(30_000);
  }

  @Test
  void otherFailures_getTheDefaultBackOff() {
    var rejectedWrite =
        new MongoWriteException(new WriteError(121, "document failed validation", new BsonDocument()),
            new ServerAddress(), Set.of());

    assertThat(IngestRetryPolicy.backOffFor(new ListenerExecutionFailedException("x", rejectedWrite))).isNull();
    assertThat(IngestRetryPolicy.backOffFor(new IllegalArgumentException("bug"))).isNull();

    BackOffExecution defaults = IngestRetryPolicy.OTHER_FAILURES.start();
    assertThat(defaults.nextBackOff()).isEqualTo(1_000);
    assertThat(defaults.nextBackOff()).isEqualTo(1_000);
    assertThat(defaults.nextBackOff()).isEqualTo(BackOffExecution.STOP);
  }
}
