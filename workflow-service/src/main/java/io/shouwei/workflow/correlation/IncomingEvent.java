package io.shouwei.workflow.correlation;

import io.shouwei.contracts.EventEnvelope;

/** A record of topic {@code shouwei.events} as read: an event of a known type, or a type we do not know. */
public sealed interface IncomingEvent {

  /** The type name of the envelope. */
  String type();

  /** An envelope of a type in {@code EventTypes}, its payload read into that type's record. */
  record Known(EventEnvelope<?> envelope) implements IncomingEvent {
    @Override
    public String type() {
      return envelope.type();
    }
  }

  /** An envelope of a type this build does not know (a newer producer); skipped. */
  record Unknown(String type) implements IncomingEvent {}
}
