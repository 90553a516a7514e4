package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** Replaying up to a point: which events a point includes, and where the replay stops. */
class FoldTest {

  static final Instant T0 = Instant.parse("2026-03-02T01:20:00.100Z");

  /** The words of the events so far, joined. */
  static final Fold<String> WORDS = new Fold<>() {
    @Override
    public String first(DomainEventMessage<?> event) {
      return (String) event.getPayload();
    }

    @Override
    public String next(String state, DomainEventMessage<?> event) {
      return state + " " + event.getPayload();
    }
  };

  static DomainEventMessage<String> event(long sequence, Instant at, String word) {
    return new GenericDomainEventMessage<>("Thing", "t-1", sequence, word, MetaData.emptyInstance(), "e-" + sequence, at);
  }

  static Stream<DomainEventMessage<String>> history() {
    return Stream.of(
        event(0, T0, "reported"),
        event(1, T0.plusMillis(10), "planned"),
        event(2, T0.plusMillis(20), "started"));
  }

  @Test
  void asOf_includesTheEventStoredAtThatVeryInstant() {
    assertThat(WORDS.upTo(new ReplayPoint.AsOf(T0.plusMillis(10)), history()))
        .contains(new PastState<>("reported planned", 1));
  }

  @Test
  void asOf_justBeforeAnEvent_excludesIt() {
    assertThat(WORDS.upTo(new ReplayPoint.AsOf(T0.plusMillis(10).minusNanos(1)), history()))
        .contains(new PastState<>("reported", 0));
  }

  @Test
  void asOf_afterTheLastEvent_isTheCurrentState() {
    assertThat(WORDS.upTo(new ReplayPoint.AsOf(T0.plusSeconds(3600)), history()))
        .contains(new PastState<>("reported planned started", 2));
  }

  @Test
  void asOf_beforeTheFirstEvent_isEmpty() {
    assertThat(WORDS.upTo(new ReplayPoint.AsOf(T0.minusMillis(1)), history())).isEmpty();
  }

  @Test
  void atVersion_includesThatEvent_andNoLater() {
    assertThat(WORDS.upTo(new ReplayPoint.AtVersion(0), history())).contains(new PastState<>("reported", 0));
    assertThat(WORDS.upTo(new ReplayPoint.AtVersion(1), history())).contains(new PastState<>("reported planned", 1));
  }

  @Test
  void atAVersionBeyondTheLast_isTheLastState_withItsOwnVersion() {
    assertThat(WORDS.upTo(new ReplayPoint.AtVersion(7), history()))
        .contains(new PastState<>("reported planned started", 2));
  }

  @Test
  void replay_stopsAtTheFirstEventBeyondThePoint_evenIfALaterOneIsStampedEarlier() {
    List<DomainEventMessage<?>> read = new ArrayList<>();
    Stream<DomainEventMessage<String>> skewed =
        Stream.of(event(0, T0, "reported"), event(1, T0.plusMillis(50), "planned"), event(2, T0.plusMillis(5), "odd"))
            .peek(read::add);

    assertThat(WORDS.upTo(new ReplayPoint.AsOf(T0.plusMillis(10)), skewed)).contains(new PastState<>("reported", 0));
    assertThat(read).hasSize(2);
  }

  @Test
  void aNegativeVersion_isNoPoint() {
    assertThatThrownBy(() -> new ReplayPoint.AtVersion(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
