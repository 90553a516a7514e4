package io.shouwei.hazard.hazard.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link HazardReportedEvent} stored as revision 1 (before numbers, mine types, facts and
 * cited criteria) as revision 2: the number becomes {@value #LEGACY_PREFIX} followed by the hazard's
 * id (unique, and never taken by the counter's numbers), the mine type {@code null}, the facts
 * empty, nothing cited. A suggestion stored in revision 1 is kept. The stored row is never changed:
 * the audit history shows it as stored, and its hash still verifies.
 *
 * <p>A Spring bean: Axon's auto-configuration puts every {@code EventUpcaster} bean into the
 * event store's upcaster chain.
 */
@Component
public class HazardReportedEventUpcaster extends SingleEventUpcaster {

  public static final String LEGACY_PREFIX = "YH-LEGACY-";

  static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(HazardReportedEvent.class.getName(), "1");
  static final SimpleSerializedType REVISION_2 =
      new SimpleSerializedType(HazardReportedEvent.class.getName(), "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return REVISION_1.equals(representation.getType());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
    return representation.upcastPayload(REVISION_2, JsonNode.class, HazardReportedEventUpcaster::toRevision2);
  }

  /** The payload of revision 1 as revision 2; the given tree is not changed. */
  static JsonNode toRevision2(JsonNode revision1) {
    ObjectNode payload = revision1.deepCopy();
    payload.put("number", LEGACY_PREFIX + payload.path("hazardId").asText());
    payload.putNull("mineType");
    payload.putObject("facts");
    if (!payload.hasNonNull("suggestedCriteria")) {
      payload.putArray("suggestedCriteria");
    }
    payload.putArray("citedCriteria");
    return payload;
  }
}
