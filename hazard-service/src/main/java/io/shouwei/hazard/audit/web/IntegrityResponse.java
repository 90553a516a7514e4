package io.shouwei.hazard.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shouwei.hazard.audit.chain.IntegrityReport;

/** The result of an integrity check; the last two fields only when the chain is broken. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrityResponse(boolean intact, long events, Long firstBrokenSequence, String reason) {

  static IntegrityResponse of(IntegrityReport report) {
    return new IntegrityResponse(report.intact(), report.events(), report.firstBrokenSequence(), report.reason());
  }
}
