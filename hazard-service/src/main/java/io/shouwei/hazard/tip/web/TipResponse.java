package io.shouwei.hazard.tip.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shouwei.contracts.Role;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.view.TipView;
import java.time.Instant;

/**
 * A tip as an agency, an auditor or an administrator reads it; its version is also the response's
 * ETag. {@code contact} is present only when the service gave it, that is for an administrator
 * and a tipster who left one.
 */
public record TipResponse(
    String id,
    TipStatus status,
    String what,
    String where,
    String townCode,
    String mineId,
    Instant receivedAt,
    String hazardId,
    String dismissalReason,
    Instant triagedAt,
    TriagedBy triagedBy,
    long version,
    @JsonInclude(JsonInclude.Include.NON_NULL) ContactBody contact) {

  /** The agency that triaged the tip. */
  public record TriagedBy(String userId, Role role, String orgId) {}

  static TipResponse of(TipView view) {
    return new TipResponse(
        view.id(),
        view.status(),
        view.what(),
        view.where(),
        view.townCode(),
        view.mineId(),
        view.receivedAt(),
        view.hazardId(),
        view.dismissalReason(),
        view.triagedAt(),
        view.triagedBy() == null
            ? null
            : new TriagedBy(view.triagedBy().userId(), view.triagedBy().role(), view.triagedBy().orgId()),
        view.version(),
        ContactBody.of(view.contact()));
  }
}
