package io.shouwei.hazard.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The seal of an audit snapshot: it binds an object's replayed state to the hash-chain link of the
 * event the state was replayed up to, so that the state can only be used with that very event.
 *
 * <p><b>seal</b> = lower-case hex of SHA-256 over the UTF-8 bytes of this object, written by the
 * JSON Canonicalization Scheme like {@link EventHash}'s canonical form:
 *
 * <pre>
 * {"aggregateId":S,                 the object
 *  "aggregateType":S,               e.g. "Hazard"
 *  "eventHash":H,                   the hash of the object's event at "sequence"
 *  "latestEventAt":S,               the latest time among events 0 to "sequence", as EventHash writes times
 *  "sequence":N,                    the last event replayed
 *  "stateRevision":S,               the revision of the state's classes and of the fold that made it
 *  "stateSha256":H,                 SHA-256 of the stored state bytes
 *  "stateType":S}                   the state's class name
 * </pre>
 *
 * The event's hash covers its own content and, through {@code prevHash}, every event before it;
 * the seal therefore names one history prefix, and the state stored with it is the replay of that
 * prefix as the service computed it when it sealed. What the seal does not give: it is not keyed,
 * so whoever may write the snapshot table can also write a new state with a matching seal (see
 * {@code AuditService} for what this means for readers).
 */
public final class StateSeal {

  private StateSeal() {}

  /** What a seal covers. */
  public record Sealed(
      String aggregateType,
      String aggregateId,
      long sequence,
      String eventHash,
      Instant latestEventAt,
      String stateType,
      String stateRevision,
      byte[] state) {

    public Sealed {
      state = state.clone();
    }

    @Override
    public byte[] state() {
      return state.clone();
    }
  }

  public static String of(Sealed sealed) {
    return EventHash.sha256Hex(canonicalForm(sealed).getBytes(StandardCharsets.UTF_8));
  }

  /** The text whose SHA-256 is the seal. */
  public static String canonicalForm(Sealed sealed) {
    Map<String, Object> form = new HashMap<>();
    form.put("aggregateId", sealed.aggregateId());
    form.put("aggregateType", sealed.aggregateType());
    form.put("eventHash", sealed.eventHash());
    form.put("latestEventAt", EventHash.timestamp(sealed.latestEventAt()));
    form.put("sequence", sealed.sequence());
    form.put("stateRevision", sealed.stateRevision());
    form.put("stateSha256", EventHash.sha256Hex(sealed.state));
    form.put("stateType", sealed.stateType());
    return CanonicalJson.write(form);
  }
}
