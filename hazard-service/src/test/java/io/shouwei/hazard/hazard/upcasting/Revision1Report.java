package io.shouwei.hazard.hazard.upcasting;

import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a hazard report into {@code domainevententry} as the service stored it under revision 1
 * (no number, no mine type, no facts, nothing cited), row by row as Axon's JDBC engine does.
 */
public final class Revision1Report {

  private Revision1Report() {}

  /** The payload as revision 1 had it. */
  public static String payload(String hazardId, String enterpriseId, String townCode, Instant reportedAt) {
    return """
        {"hazardId":"%s","mineId":"mine-legacy","enterpriseId":"%s","townCode":"%s","campaignId":null,
         "source":"AGENCY_INSPECTION","category":"SLOPE","title":"Crack found before numbers existed",
         "description":"A 12 m crack runs along the crest of bench 4.","location":"North pit, bench 4",
         "discoveredAt":"%s","reportedAt":"%s","suggestedLevel":"GENERAL","suggestedCriteria":[]}
        """.formatted(hazardId, enterpriseId, townCode, reportedAt.minusSeconds(3600), reportedAt);
  }

  /** Stores the report as the hazard's event 0, reported by a town agency. */
  public static void insert(JdbcTemplate jdbc, String hazardId, String enterpriseId, String townCode, Instant reportedAt) {
    jdbc.update(
        """
        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                                      payloadrevision, payloadtype, timestamp)
        VALUES (?, 0, 'Hazard', ?, ?, ?, '1', ?, ?)
        """,
        hazardId,
        UUID.randomUUID().toString(),
        """
        {"actorUserId":"inspector-li","actorRole":"TOWN_AGENCY","actorOrg":"town-office-101"}
        """.strip().getBytes(StandardCharsets.UTF_8),
        payload(hazardId, enterpriseId, townCode, reportedAt).getBytes(StandardCharsets.UTF_8),
        HazardReportedEvent.class.getName(),
        reportedAt.toString());
  }
}
