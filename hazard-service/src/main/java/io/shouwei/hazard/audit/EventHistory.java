package io.shouwei.hazard.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of an object's stored events, oldest first.
 *
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many events the object has
 */
public record EventHistory(
    String aggregateType, String aggregateId, int page, int size, long total, List<Entry> events) {

  /**
   * One stored event, as stored (an event of an older revision keeps that revision's payload).
   *
   * @param type the payload's class name
   * @param revision the payload's revision
   * @param timestamp when it was stored, in UTC to the millisecond (the form its hash covers)
   * @param payload the stored payload
   */
  public record Entry(
      long sequence,
      String eventId,
      String type,
      String revision,
      String timestamp,
      Actor actor,
      String correlationId,
      String causationId,
      JsonNode payload,
      String prevHash,
      String hash) {}

  /** Who caused the event, as recorded in its metadata. */
  public record Actor(String userId, String role, String orgId) {}
}
