package io.shouwei.hazard.campaign.web;

import io.shouwei.hazard.campaign.PhaseKind;
import io.shouwei.hazard.campaign.application.CampaignPage;
import io.shouwei.hazard.campaign.application.CampaignService;
import io.shouwei.hazard.campaign.view.CampaignView;
import io.shouwei.platform.web.IfMatch;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Launching, reading, amending and concluding campaigns. Every authenticated role reads every
 * campaign; only the district bureau changes them (and an administrator may launch). Every answer
 * that shows a campaign carries its version as {@code ETag}; changes accept it back as
 * {@code If-Match}. Errors are problem+json (platform's ProblemHandler).
 */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  private final CampaignService campaigns;

  public CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  /** 201 with the new campaign's path; 400 bad fields, 403 not the district bureau or an administrator, 422 rule broken. */
  @PostMapping
  public ResponseEntity<CampaignCreated> launch(@Valid @RequestBody LaunchCampaignRequest request) {
    String id = campaigns.launch(request.toNewCampaign());
    URI location = UriComponentsBuilder.fromPath("/api/campaigns/{id}").buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(new CampaignCreated(id));
  }

  /** The campaigns, the latest launched first, {@code size} (1 to 500, default 50) per page, pages from 0. */
  @GetMapping
  public CampaignListResponse list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + CampaignService.DEFAULT_PAGE_SIZE) int size) {
    CampaignPage found = campaigns.list(page, size);
    LocalDate today = campaigns.today();
    return new CampaignListResponse(
        found.page(), found.size(), found.total(),
        found.campaigns().stream().map(c -> CampaignResponse.of(c, today)).toList());
  }

  /** The campaign with its current phase; 404 when it does not exist. */
  @GetMapping("/{id}")
  public ResponseEntity<CampaignResponse> get(@PathVariable String id) {
    return shown(campaigns.get(id));
  }

  /**
   * Moves the dates of the phase of this kind; 400 bad dates or kind, 403 not the district bureau,
   * 404 no such campaign or phase, 409 concluded, 412 stale {@code If-Match}, 422 rule broken.
   */
  @PutMapping("/{id}/phases/{kind}")
  public ResponseEntity<CampaignResponse> amendPhase(
      @PathVariable String id,
      @PathVariable PhaseKind kind,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody PhaseDatesRequest request) {
    return shown(
        campaigns.amendPhase(id, IfMatch.expectedVersion(ifMatch), kind, request.startDate(), request.endDate()));
  }

  /** Moves the work report's due date; 400, 403, 404, 409, 412, 422 as for a phase. */
  @PutMapping("/{id}/report-due-date")
  public ResponseEntity<CampaignResponse> amendReportDueDate(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ReportDueDateRequest request) {
    return shown(campaigns.amendReportDueDate(id, IfMatch.expectedVersion(ifMatch), request.reportDueDate()));
  }

  /** Concludes the campaign after its last phase; 400, 403, 404, 409 concluded already, 412, 422 not over yet. */
  @PostMapping("/{id}/conclusion")
  public ResponseEntity<CampaignResponse> conclude(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ConclusionRequest request) {
    return shown(campaigns.conclude(id, IfMatch.expectedVersion(ifMatch), request.note()));
  }

  private ResponseEntity<CampaignResponse> shown(CampaignView campaign) {
    return ResponseEntity.ok().eTag(IfMatch.etag(campaign.version())).body(CampaignResponse.of(campaign, campaigns.today()));
  }
}
