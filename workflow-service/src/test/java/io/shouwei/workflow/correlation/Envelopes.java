package io.shouwei.workflow.correlation;

/** Envelope JSON as hazard-service publishes it, for the unit tests of reading and routing. */
final class Envelopes {

  static final String HAZARD_ID = "hz-0001";

  private Envelopes() {}

  /** A complete {@code HazardReported} envelope; {@code %s} slots: type, schemaVersion, payload. */
  private static final String TEMPLATE =
      """
      {"eventId":"0b8f5a0e-3c39-4d7e-9a51-6c1b1f0f7a10","aggregateType":"Hazard","aggregateId":"hz-0001",
       "sequence":0,"type":"%s","schemaVersion":%d,"occurredAt":"2025-06-02T01:30:00Z",
       "actor":{"userId":"u-7","role":"ENTERPRISE","orgId":"ent-3"},
       "correlationId":"corr-42","causationId":"cmd-9","prevHash":null,
       "hash":"5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
       "payload":%s}
      """;

  static final String PAYLOAD =
      """
      {"hazardId":"hz-0001","mineId":"mine-7","enterpriseId":"ent-3","townCode":"330102001",
       "campaignId":null,"source":"SELF_INSPECTION","category":"slope","title":"Cracks on bench 3",
       "description":"Tension cracks behind the crest of bench 3","location":"pit north, bench 3",
       "discoveredAt":"2025-06-01T08:00:00Z","reportedAt":"2025-06-02T01:30:00Z"}
      """;

  static String hazardReported() {
    return envelope("HazardReported", 1, PAYLOAD);
  }

  static String envelope(String type, int schemaVersion, String payload) {
    return TEMPLATE.formatted(type, schemaVersion, payload);
  }
}
