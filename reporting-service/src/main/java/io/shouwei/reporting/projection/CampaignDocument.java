package io.shouwei.reporting.projection;

import io.shouwei.contracts.campaign.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One campaign (专项行动) in the {@value CampaignStore#COLLECTION} read model.
 *
 * @param id the campaign id, stored as {@code _id}
 * @param townCodes the towns the campaign covers
 * @param phases in the order they follow one another, with their current dates (days of the
 *     district's calendar, both ends included)
 * @param reportDueDate the day the closing work report is due
 * @param concludedOn the day the campaign was concluded, or {@code null} while it is not
 * @param launchedAt when the launch occurred
 * @param lastSequence the sequence of the campaign's last applied event
 * @param updatedAt when the last applied event occurred
 */
public record CampaignDocument(
    String id,
    String name,
    String districtCode,
    String districtName,
    List<String> townCodes,
    List<Phase> phases,
    LocalDate reportDueDate,
    String legalBasis,
    String documentRef,
    String issuingOrganisation,
    CampaignStatus status,
    LocalDate concludedOn,
    String conclusionNote,
    Instant launchedAt,
    long lastSequence,
    Instant updatedAt) {

  public CampaignDocument {
    townCodes = townCodes == null ? List.of() : List.copyOf(townCodes);
    phases = phases == null ? List.of() : List.copyOf(phases);
  }
}
