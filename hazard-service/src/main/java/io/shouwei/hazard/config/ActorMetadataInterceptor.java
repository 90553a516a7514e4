package io.shouwei.hazard.config;

import io.shouwei.contracts.Role;
import io.shouwei.platform.correlation.CorrelationId;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Stamps every dispatched command with who sends it and the request's correlation id, read on the
 * dispatching (request) thread. The caller comes from the validated token only: whatever a sender
 * put under these keys is overwritten. A command sent outside any request is the service's own.
 */
@Component
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

  /** The actor of commands that no authenticated caller sent. */
  static final String SERVICE_USER_ID = "hazard-service";

  /**
   * The keys that say who sends a command: replaced as a whole, so that no part of another actor
   * survives (e.g. the organisation of the actor whose event a handler was handling when it sent
   * the command, which Axon's correlation data copies into the new message).
   */
  static final Set<String> ACTOR_KEYS =
      Set.of(MetadataKeys.ACTOR_USER_ID, MetadataKeys.ACTOR_ROLE, MetadataKeys.ACTOR_ORG);

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    Map<String, Object> metadata = currentMetadata();
    return (index, command) -> command.withMetaData(
        command.getMetaData().withoutKeys(ACTOR_KEYS).mergedWith(metadata));
  }

  static Map<String, Object> currentMetadata() {
    Map<String, Object> metadata = new HashMap<>();
    Caller caller = Callers.current().orElse(null);
    if (caller != null) {
      metadata.put(MetadataKeys.ACTOR_USER_ID, caller.userId());
      if (caller.role() != null) {
        metadata.put(MetadataKeys.ACTOR_ROLE, caller.role().name());
      }
      if (caller.orgId() != null) {
        metadata.put(MetadataKeys.ACTOR_ORG, caller.orgId());
      }
    } else {
      metadata.put(MetadataKeys.ACTOR_USER_ID, SERVICE_USER_ID);
      metadata.put(MetadataKeys.ACTOR_ROLE, Role.SERVICE.name());
    }
    CorrelationId.current().ifPresent(id -> metadata.put(MetadataKeys.CORRELATION_ID, id));
    return metadata;
  }
}
