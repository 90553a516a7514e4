package io.shouwei.hazard.campaign.application;

import io.shouwei.hazard.campaign.CampaignAction;
import io.shouwei.hazard.campaign.CampaignRuleViolation;
import io.shouwei.hazard.campaign.CampaignTransitionRefused;
import io.shouwei.hazard.campaign.PhaseKind;
import io.shouwei.hazard.campaign.api.AmendCampaignPhaseCommand;
import io.shouwei.hazard.campaign.api.AmendReportDueDateCommand;
import io.shouwei.hazard.campaign.api.ConcludeCampaignCommand;
import io.shouwei.hazard.campaign.api.LaunchCampaignCommand;
import io.shouwei.hazard.campaign.view.CampaignView;
import io.shouwei.hazard.campaign.view.CampaignViews;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The campaign use cases: who may act, the id, the district's "today", the expected version; the
 * rules themselves are the aggregate's. Every authenticated role reads every campaign (see
 * {@link CampaignAccess}); a campaign that does not exist answers 404. Changes answer the campaign
 * as it is afterwards.
 */
@Service
public class CampaignService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  private final CommandGateway commands;
  private final CampaignViews views;
  private final Clock clock;

  public CampaignService(CommandGateway commands, CampaignViews views, Clock clock) {
    this.commands = commands;
    this.views = views;
    this.clock = clock;
  }

  /** Launches a campaign and returns its new id; 403 for any role but the district bureau and administrators. */
  public String launch(NewCampaign campaign) {
    if (!CampaignAccess.mayLaunch(Callers.require().role())) {
      throw forbidden("Only the district bureau (or an administrator) launches campaigns.");
    }
    String campaignId = UUID.randomUUID().toString();
    send(
        new LaunchCampaignCommand(
            campaignId, campaign.name(), campaign.jurisdiction(), campaign.phases(), campaign.reportDueDate(),
            campaign.legalBasis(), campaign.documentRef(), campaign.issuingOrganisation()),
        null);
    return campaignId;
  }

  /** The campaign. */
  public CampaignView get(String campaignId) {
    requireReader();
    return current(campaignId);
  }

  /** One page of the campaigns, the latest launched first; 400 for a page below 0 or a size out of 1 to 500. */
  public CampaignPage list(int page, int size) {
    requireReader();
    if (page < 0) {
      throw ProblemException.invalid("page must be 0 or more.");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ProblemException.invalid("size must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    return new CampaignPage(page, size, views.count(), views.page(page, size));
  }

  /** The district's today, by the service's clock: what the current phase is derived from. */
  public LocalDate today() {
    return CampaignCalendar.today(clock);
  }

  /**
   * Moves the dates of one phase.
   *
   * @param expectedVersion the version the caller saw, or {@code null} for any
   */
  public CampaignView amendPhase(
      String campaignId, Long expectedVersion, PhaseKind kind, LocalDate startDate, LocalDate endDate) {
    changeable(campaignId, expectedVersion, CampaignAction.AMEND_PHASE);
    send(new AmendCampaignPhaseCommand(campaignId, expectedVersion, kind, startDate, endDate, today()), expectedVersion);
    return current(campaignId);
  }

  /**
   * Moves the day the work report is due.
   *
   * @param expectedVersion the version the caller saw, or {@code null} for any
   */
  public CampaignView amendReportDueDate(String campaignId, Long expectedVersion, LocalDate reportDueDate) {
    changeable(campaignId, expectedVersion, CampaignAction.AMEND_REPORT_DUE_DATE);
    send(new AmendReportDueDateCommand(campaignId, expectedVersion, reportDueDate, today()), expectedVersion);
    return current(campaignId);
  }

  /**
   * Concludes the campaign.
   *
   * @param expectedVersion the version the caller saw, or {@code null} for any
   */
  public CampaignView conclude(String campaignId, Long expectedVersion, String note) {
    changeable(campaignId, expectedVersion, CampaignAction.CONCLUDE_CAMPAIGN);
    send(new ConcludeCampaignCommand(campaignId, expectedVersion, note, today()), expectedVersion);
    return current(campaignId);
  }

  private void requireReader() {
    if (!CampaignAccess.mayRead(Callers.require().role())) {
      throw forbidden("Your role may not read campaigns.");
    }
  }

  /** Checks that the caller may change campaigns, that this one exists and that the caller saw its version. */
  private void changeable(String campaignId, Long expectedVersion, CampaignAction action) {
    Caller caller = Callers.require();
    if (!CampaignAccess.mayChange(caller.role())) {
      throw forbidden("Only the district bureau may " + action + ".");
    }
    CampaignView campaign = current(campaignId);
    if (expectedVersion != null && expectedVersion != campaign.version()) {
      ProblemException problem =
          new ProblemException(
              HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
              "The campaign is at version " + campaign.version() + ", not " + expectedVersion + "; read it again.");
      problem.getBody().setProperty("version", campaign.version());
      throw problem;
    }
  }

  private CampaignView current(String campaignId) {
    return views.find(campaignId).orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
  }

  private void send(Object command, Long expectedVersion) {
    try {
      commands.sendAndWait(command);
    } catch (CampaignRuleViolation violation) {
      HttpStatus status =
          violation.rule() == CampaignRuleViolation.Rule.PHASE_NOT_IN_CAMPAIGN
              ? HttpStatus.NOT_FOUND
              : HttpStatus.UNPROCESSABLE_ENTITY;
      ProblemException problem =
          new ProblemException(
              status, status == HttpStatus.NOT_FOUND ? Problems.NOT_FOUND : Problems.RULE_VIOLATED,
              violation.getMessage());
      problem.getBody().setProperty("rule", violation.rule().name());
      throw problem;
    } catch (CampaignTransitionRefused refused) {
      ProblemException problem = ProblemException.invalidState(refused.getMessage());
      problem.getBody().setProperty("state", refused.status().name());
      problem.getBody().setProperty("allowedCommands", refused.allowedCommands());
      throw problem;
    } catch (ConflictingModificationException | ConcurrencyException concurrent) {
      if (expectedVersion != null) {
        throw new ProblemException(
            HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
            "The campaign changed after version " + expectedVersion + "; read it again.");
      }
      throw new ProblemException(
          HttpStatus.CONFLICT, Problems.CONFLICT, "The campaign was changed at the same time; try again.");
    }
  }

  private static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
  }
}
