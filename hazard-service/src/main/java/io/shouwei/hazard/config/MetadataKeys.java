package io.shouwei.hazard.config;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import java.util.List;
import java.util.Map;

/**
 * The metadata every command and stored event carries. {@link #CORRELATION_ID} is the request's
 * {@code X-Correlation-Id} (Axon's default provider would put the root message id there instead);
 * {@link #CAUSATION_ID} is the id of the message that was being handled when the event arose,
 * for an aggregate's events the command's id.
 */
public final class MetadataKeys {

  public static final String ACTOR_USER_ID = "actorUserId";
  public static final String ACTOR_ROLE = "actorRole";
  public static final String ACTOR_ORG = "actorOrg";
  public static final String CORRELATION_ID = "correlationId";
  public static final String CAUSATION_ID = "causationId";
  /** The hash of the aggregate's previous event (64 zeros for its first); see audit.chain.EventHash. */
  public static final String PREV_HASH = "prevHash";
  /** The SHA-256 that chains this event to the previous one; see audit.chain.EventHash. */
  public static final String HASH = "hash";

  /** The keys copied from a handled message to the messages it causes. */
  public static final List<String> PROPAGATED = List.of(ACTOR_USER_ID, ACTOR_ROLE, ACTOR_ORG);

  private MetadataKeys() {}

  /** A metadata value as text, or {@code null} when absent. */
  public static String text(Map<String, ?> metadata, String key) {
    Object value = metadata.get(key);
    return value == null ? null : value.toString();
  }

  /** Who caused a message, as its metadata records it. */
  public static Actor actor(Map<String, ?> metadata) {
    String role = text(metadata, ACTOR_ROLE);
    return new Actor(text(metadata, ACTOR_USER_ID), role == null ? null : Role.valueOf(role), text(metadata, ACTOR_ORG));
  }
}
