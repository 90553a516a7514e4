package io.shouwei.hazard.audit.chain;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash that chains the events of one aggregate: every stored event carries, in its metadata,
 * {@code prevHash} (the {@code hash} of the event before it of the same aggregate; for sequence 0
 * the genesis value, 64 zeros) and {@code hash}, computed as follows.
 *
 * <p><b>hash</b> = lower-case hex of SHA-256 over the UTF-8 bytes of the <b>canonical form</b>: a
 * JSON object written by the JSON Canonicalization Scheme (RFC 8785: members sorted by name, no
 * whitespace, minimal string escapes) with exactly these members:
 *
 * <pre>
 * {"actor":{"orgId":S,"role":S,"userId":S},  metadata actorOrg, actorRole, actorUserId
 *  "aggregateId":S,                           column aggregateidentifier
 *  "aggregateType":S,                         column type, e.g. "Hazard"
 *  "causationId":S,                           metadata causationId
 *  "correlationId":S,                         metadata correlationId
 *  "eventId":S,                               column eventidentifier
 *  "payloadRevision":S,                       column payloadrevision, e.g. "1"
 *  "payloadSha256":H,                         SHA-256 (lower-case hex) of the bytes of column payload
 *  "payloadType":S,                           column payloadtype (the payload's class name)
 *  "prevHash":H,                              metadata prevHash
 *  "sequence":N,                              column sequencenumber, a JSON integer
 *  "timestamp":S}                             column timestamp
 * </pre>
 *
 * S is a JSON string, or {@code null} when the value is absent; H is 64 lower-case hex digits; N an
 * integer without sign, fraction or exponent. The timestamp is the event's time in UTC as
 * {@code 2025-05-12T06:30:00.250Z}: the service records event times to the millisecond, so there
 * are exactly three fraction digits (this is also the text of the {@code timestamp} column). For
 * example, the first event of a hazard hashes the UTF-8 bytes of
 *
 * <pre>
 * {"actor":{"orgId":"town-office-101","role":"TOWN_AGENCY","userId":"inspector-li"},"aggregateId":"2f0c1e7a-…",
 * "aggregateType":"Hazard","causationId":"6a1d0c55-…","correlationId":"req-42","eventId":"8e3f6a9c-…",
 * "payloadRevision":"1","payloadSha256":"…","payloadType":"io.shouwei.hazard.hazard.api.HazardReportedEvent",
 * "prevHash":"0000000000000000000000000000000000000000000000000000000000000000","sequence":0,
 * "timestamp":"2025-05-12T06:30:00.250Z"}
 * </pre>
 *
 * (one line, no spaces). The payload enters through the digest of its stored bytes, so what is
 * hashed is exactly what is stored, whatever the payload's JSON looks like. An auditor recomputes
 * a hash from a {@code domainevententry} row alone with any SHA-256 tool and any RFC 8785
 * implementation (or by hand: the members above in that order).
 */
public final class EventHash {

  /** The {@code prevHash} of every aggregate's first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
          .appendLiteral('-')
          .appendValue(MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(DAY_OF_MONTH, 2)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .appendFraction(NANO_OF_SECOND, 3, 9, true)
          .appendLiteral('Z')
          .toFormatter()
          .withZone(ZoneOffset.UTC);

  private EventHash() {}

  /** The hash of {@code event}, chained after {@code event.prevHash()}. */
  public static String of(ChainedEvent event) {
    return sha256Hex(canonicalForm(event).getBytes(StandardCharsets.UTF_8));
  }

  /** The text whose SHA-256 is the event's hash. */
  public static String canonicalForm(ChainedEvent event) {
    Map<String, Object> actor = new HashMap<>();
    actor.put("userId", event.actorUserId());
    actor.put("role", event.actorRole());
    actor.put("orgId", event.actorOrg());
    Map<String, Object> form = new HashMap<>();
    form.put("actor", actor);
    form.put("aggregateId", event.aggregateId());
    form.put("aggregateType", event.aggregateType());
    form.put("causationId", event.causationId());
    form.put("correlationId", event.correlationId());
    form.put("eventId", event.eventId());
    form.put("payloadRevision", event.payloadRevision());
    form.put("payloadSha256", sha256Hex(event.payload()));
    form.put("payloadType", event.payloadType());
    form.put("prevHash", event.prevHash());
    form.put("sequence", event.sequence());
    form.put("timestamp", timestamp(event.timestamp()));
    return CanonicalJson.write(form);
  }

  /** An event time as the canonical form (and the store) writes it. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
