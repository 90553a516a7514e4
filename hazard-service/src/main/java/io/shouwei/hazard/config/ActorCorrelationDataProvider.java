package io.shouwei.hazard.config;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

/**
 * Copies the actor and the correlation id of the message being handled to every message it
 * causes (for a command: the aggregate's events), and records the handled message's id as their
 * causation id. Being a {@link CorrelationDataProvider} bean, it replaces Axon's default
 * {@code MessageOriginProvider}, whose {@code correlationId} is the root message id and whose
 * {@code traceId} is what is called the causation id here.
 */
@Component
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

  @Override
  public Map<String, ?> correlationDataFor(Message<?> message) {
    MetaData metadata = message.getMetaData();
    Map<String, Object> data = new HashMap<>();
    for (String key : MetadataKeys.PROPAGATED) {
      Object value = metadata.get(key);
      if (value != null) {
        data.put(key, value);
      }
    }
    data.put(MetadataKeys.CORRELATION_ID,
        metadata.getOrDefault(MetadataKeys.CORRELATION_ID, message.getIdentifier()));
    data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
    return data;
  }
}
