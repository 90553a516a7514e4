package io.shouwei.hazard.campaign.web;

import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.Phase;
import io.shouwei.hazard.campaign.PhaseKind;
import io.shouwei.hazard.campaign.application.NewCampaign;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/campaigns}. Checked here: presence, size and form of the fields
 * (400). How the phases follow one another and when the report is due are the campaign's rules
 * (422).
 *
 * @param phases the phases in the order they follow one another
 * @param reportDueDate the day the closing work report is due (ISO date, e.g. {@code 2022-11-06})
 * @param legalBasis the documents the campaign rests on; optional
 * @param documentRef the reference of the launching notice; optional
 */
public record LaunchCampaignRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Valid JurisdictionBody jurisdiction,
    @NotEmpty @Size(max = 10) List<@NotNull @Valid PhaseBody> phases,
    @NotNull LocalDate reportDueDate,
    @Size(max = 2000) String legalBasis,
    @Size(max = 500) String documentRef,
    @NotBlank @Size(max = 200) String issuingOrganisation) {

  /** The district and the towns the campaign covers (at least one). */
  public record JurisdictionBody(
      @NotBlank @Size(max = 64) String districtCode,
      @NotBlank @Size(max = 200) String districtName,
      @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> townCodes) {

    CampaignJurisdiction toJurisdiction() {
      return new CampaignJurisdiction(districtCode, districtName, townCodes);
    }

    static JurisdictionBody of(CampaignJurisdiction j) {
      return new JurisdictionBody(j.districtCode(), j.districtName(), j.townCodes());
    }
  }

  /** One phase: its kind, its name in the plan, its first and last day (both included). */
  public record PhaseBody(
      @NotNull PhaseKind kind,
      @NotBlank @Size(max = 100) String name,
      @NotNull LocalDate startDate,
      @NotNull LocalDate endDate) {

    Phase toPhase() {
      return new Phase(kind, name, startDate, endDate);
    }

    static PhaseBody of(Phase p) {
      return new PhaseBody(p.kind(), p.name(), p.startDate(), p.endDate());
    }
  }

  NewCampaign toNewCampaign() {
    return new NewCampaign(
        name, jurisdiction.toJurisdiction(), phases.stream().map(PhaseBody::toPhase).toList(), reportDueDate,
        legalBasis, documentRef, issuingOrganisation);
  }
}
