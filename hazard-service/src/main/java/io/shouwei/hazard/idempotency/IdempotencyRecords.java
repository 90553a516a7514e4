package io.shouwei.hazard.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code idempotency_record}: one row per caller and key, claimed when the first request
 * with the key starts and completed with its response. The primary key (caller, key) makes the
 * claim atomic across threads and replicas.
 */
public class IdempotencyRecords {

  /** What {@link #claim} found. */
  public sealed interface Claim {}

  /**
   * The key is now this request's: run it, then {@link #complete} or {@link #release} the key.
   *
   * @param at when it was claimed (to the microsecond, as stored): identifies this claim, so that a
   *     request whose claim was taken over as abandoned cannot complete or release its successor's
   */
  public record Claimed(Instant at) implements Claim {}

  /**
   * The key belongs to an earlier request.
   *
   * @param response its response; {@code null} while it is still running
   */
  public record Existing(RequestFingerprint fingerprint, StoredResponse response) implements Claim {

    public boolean inProgress() {
      return response == null;
    }
  }

  private static final ObjectMapper HEADERS_JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, List<String>>> HEADERS_TYPE = new TypeReference<>() {};
  private static final int CLAIM_ATTEMPTS = 3;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public IdempotencyRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /**
   * Claims the key for a request, in a transaction of its own, unless an earlier request holds it.
   * A row created before {@code expiredBefore}, or still in progress since before
   * {@code abandonedBefore}, is forgotten first.
   *
   * @throws ConcurrencyFailureException when the key could not be claimed nor its holder read,
   *     because other requests with it keep coming and going
   */
  public Claim claim(
      String callerId, IdempotencyKey key, RequestFingerprint request, Instant now, Instant expiredBefore,
      Instant abandonedBefore) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      try {
        ownTransaction.executeWithoutResult(status -> {
          jdbc.update(
              "DELETE FROM idempotency_record WHERE caller_id = ? AND idempotency_key = ?"
                  + " AND (created_at < ? OR (response_status IS NULL AND created_at < ?))",
              callerId, key.value(), utc(expiredBefore), utc(abandonedBefore));
          jdbc.update(
              "INSERT INTO idempotency_record (caller_id, idempotency_key, request_method, request_path,"
                  + " request_body_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)",
              callerId, key.value(), request.method(), request.path(), request.bodySha256(), utc(at));
        });
        return new Claimed(at);
      } catch (DuplicateKeyException held) {
        Optional<Existing> existing = find(callerId, key);
        if (existing.isPresent()) {
          return existing.get();
        }
        // the holder released the key in the meantime: try again
      }
    }
    throw new ConcurrencyFailureException("Idempotency-Key " + key.value() + " is contended");
  }

  /** The request that holds the key, if any. */
  public Optional<Existing> find(String callerId, IdempotencyKey key) {
    return jdbc.query(
            "SELECT request_method, request_path, request_body_sha256, response_status, response_headers,"
                + " response_body FROM idempotency_record WHERE caller_id = ? AND idempotency_key = ?",
            (rs, row) -> existing(rs), callerId, key.value())
        .stream()
        .findFirst();
  }

  /** Stores the response of the request that claimed the key. */
  public void complete(
      String callerId, IdempotencyKey key, Claimed claim, StoredResponse response, Instant now) {
    int updated = jdbc.update(
        "UPDATE idempotency_record SET completed_at = ?, response_status = ?, response_headers = ?,"
            + " response_body = ? WHERE caller_id = ? AND idempotency_key = ? AND created_at = ?"
            + " AND response_status IS NULL",
        utc(now), response.status(), headersJson(response.headers()), response.body(), callerId, key.value(),
        utc(claim.at()));
    if (updated != 1) {
      throw new IllegalStateException(
          "Idempotency-Key " + key.value() + " of " + callerId + " was no longer claimed when its response came");
    }
  }

  /** Forgets the claim of a request whose response is not kept. */
  public void release(String callerId, IdempotencyKey key, Claimed claim) {
    jdbc.update(
        "DELETE FROM idempotency_record WHERE caller_id = ? AND idempotency_key = ? AND created_at = ?"
            + " AND response_status IS NULL",
        callerId, key.value(), utc(claim.at()));
  }

  /** Deletes every key created before {@code expiredBefore}; answers how many. */
  public int purgeExpired(Instant expiredBefore) {
    return jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?", utc(expiredBefore));
  }

  private static Existing existing(ResultSet rs) throws SQLException {
    RequestFingerprint fingerprint =
        new RequestFingerprint(
            rs.getString("request_method"), rs.getString("request_path"), rs.getString("request_body_sha256").strip());
    int status = rs.getInt("response_status");
    if (rs.wasNull()) {
      return new Existing(fingerprint, null);
    }
    return new Existing(
        fingerprint,
        new StoredResponse(status, headers(rs.getString("response_headers")), rs.getBytes("response_body")));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String headersJson(Map<String, List<String>> headers) {
    try {
      return HEADERS_JSON.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("headers are strings", e);
    }
  }

  private static Map<String, List<String>> headers(String json) {
    try {
      return HEADERS_JSON.readValue(json, HEADERS_TYPE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored response headers are not JSON: " + json, e);
    }
  }
}
