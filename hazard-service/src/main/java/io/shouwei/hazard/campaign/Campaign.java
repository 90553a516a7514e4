package io.shouwei.hazard.campaign;

import static io.shouwei.hazard.campaign.CampaignAction.AMEND_PHASE;
import static io.shouwei.hazard.campaign.CampaignAction.AMEND_REPORT_DUE_DATE;
import static io.shouwei.hazard.campaign.CampaignAction.CONCLUDE_CAMPAIGN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.shouwei.hazard.campaign.CampaignRuleViolation.Rule;
import io.shouwei.hazard.campaign.api.AmendCampaignPhaseCommand;
import io.shouwei.hazard.campaign.api.AmendReportDueDateCommand;
import io.shouwei.hazard.campaign.api.CampaignConcludedEvent;
import io.shouwei.hazard.campaign.api.CampaignLaunchedEvent;
import io.shouwei.hazard.campaign.api.CampaignPhaseAmendedEvent;
import io.shouwei.hazard.campaign.api.CampaignReportDueDateAmendedEvent;
import io.shouwei.hazard.campaign.api.ConcludeCampaignCommand;
import io.shouwei.hazard.campaign.api.LaunchCampaignCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A campaign (专项行动, e.g. the 2022 守卫战): a district's act with a name, the towns it covers, its
 * phases and the day its closing work report is due. Its phases follow one another without
 * overlapping (each kind at most once, in the order of {@link PhaseKind}); the report is due on or
 * after the last phase's end. Phases and the due date may be moved, but never in the past; once its
 * last phase has ended the district concludes it, and it changes no more. Event sourced; knows
 * nothing of Spring, HTTP or the clock: "today" comes in the commands.
 */
public class Campaign {

  @AggregateIdentifier
  private String campaignId;

  private CampaignStatus status;
  private final List<Phase> phases = new ArrayList<>();
  private LocalDate reportDueDate;

  /** For event sourcing. */
  protected Campaign() {}

  @CommandHandler
  public Campaign(LaunchCampaignCommand command) {
    requireText(command.campaignId(), "campaignId");
    requireText(command.name(), "name");
    requirePresent(command.jurisdiction(), "jurisdiction");
    requireText(command.jurisdiction().districtCode(), "jurisdiction.districtCode");
    requireText(command.jurisdiction().districtName(), "jurisdiction.districtName");
    requireText(command.issuingOrganisation(), "issuingOrganisation");
    requirePresent(command.reportDueDate(), "reportDueDate");
    requireTowns(command.jurisdiction().townCodes());
    requireSchedule(command.phases(), command.reportDueDate());
    apply(
        new CampaignLaunchedEvent(
            command.campaignId(),
            command.name(),
            command.jurisdiction(),
            command.phases(),
            command.reportDueDate(),
            command.legalBasis(),
            command.documentRef(),
            command.issuingOrganisation()));
  }

  /**
   * Moves one phase's dates while it has not ended: the start only while the phase has not
   * started, and no date into the past. Dates equal to the current ones store nothing.
   */
  @CommandHandler
  void handle(AmendCampaignPhaseCommand command) {
    requireLaunched(AMEND_PHASE);
    requirePresent(command.kind(), "kind");
    requirePresent(command.startDate(), "startDate");
    requirePresent(command.endDate(), "endDate");
    requirePresent(command.today(), "today");
    int index = indexOf(command.kind());
    Phase current = phases.get(index);
    if (current.startDate().equals(command.startDate()) && current.endDate().equals(command.endDate())) {
      return;
    }
    LocalDate today = command.today();
    if (current.endDate().isBefore(today)) {
      throw new CampaignRuleViolation(
          Rule.PHASE_ENDED, "The phase " + current.kind() + " ended on " + current.endDate() + "; it is kept as it was.");
    }
    if (!current.startDate().equals(command.startDate())) {
      if (!current.startDate().isAfter(today)) {
        throw new CampaignRuleViolation(
            Rule.PHASE_STARTED,
            "The phase " + current.kind() + " started on " + current.startDate() + "; only its end may move.");
      }
      requireNotPast(command.startDate(), today, "startDate");
    }
    requireNotPast(command.endDate(), today, "endDate");
    List<Phase> amended = new ArrayList<>(phases);
    amended.set(index, current.withDates(command.startDate(), command.endDate()));
    requireSchedule(amended, reportDueDate);
    apply(new CampaignPhaseAmendedEvent(campaignId, command.kind(), command.startDate(), command.endDate()));
  }

  /** Moves the report's due date, never into the past; the same date stores nothing. */
  @CommandHandler
  void handle(AmendReportDueDateCommand command) {
    requireLaunched(AMEND_REPORT_DUE_DATE);
    requirePresent(command.reportDueDate(), "reportDueDate");
    requirePresent(command.today(), "today");
    if (command.reportDueDate().equals(reportDueDate)) {
      return;
    }
    requireNotPast(command.reportDueDate(), command.today(), "reportDueDate");
    requireSchedule(phases, command.reportDueDate());
    apply(new CampaignReportDueDateAmendedEvent(campaignId, command.reportDueDate()));
  }

  /** Concludes the campaign once its last phase has ended. */
  @CommandHandler
  void handle(ConcludeCampaignCommand command) {
    requireLaunched(CONCLUDE_CAMPAIGN);
    requirePresent(command.today(), "today");
    LocalDate lastDay = phases.get(phases.size() - 1).endDate();
    if (!command.today().isAfter(lastDay)) {
      throw new CampaignRuleViolation(
          Rule.CAMPAIGN_NOT_OVER, "The campaign's last phase runs until " + lastDay + "; conclude it afterwards.");
    }
    apply(new CampaignConcludedEvent(campaignId, command.today(), command.note()));
  }

  @EventSourcingHandler
  void on(CampaignLaunchedEvent event) {
    this.campaignId = event.campaignId();
    this.status = CampaignStatus.LAUNCHED;
    this.phases.addAll(event.phases());
    this.reportDueDate = event.reportDueDate();
  }

  @EventSourcingHandler
  void on(CampaignPhaseAmendedEvent event) {
    int index = indexOf(event.kind());
    phases.set(index, phases.get(index).withDates(event.startDate(), event.endDate()));
  }

  @EventSourcingHandler
  void on(CampaignReportDueDateAmendedEvent event) {
    this.reportDueDate = event.reportDueDate();
  }

  @EventSourcingHandler
  void on(CampaignConcludedEvent event) {
    this.status = CampaignStatus.CONCLUDED;
  }

  /** The commands a campaign in this status accepts. */
  public static List<CampaignAction> allowedIn(CampaignStatus status) {
    return switch (status) {
      case LAUNCHED -> List.of(AMEND_PHASE, AMEND_REPORT_DUE_DATE, CONCLUDE_CAMPAIGN);
      case CONCLUDED -> List.of();
    };
  }

  /**
   * Checks that the phases follow one another and the report is due after them: at least one
   * phase, each ending on or after its start, kinds in order and each once, each starting after
   * the previous one ended, the report due on or after the last day.
   */
  static void requireSchedule(List<Phase> phases, LocalDate reportDueDate) {
    if (phases.isEmpty()) {
      throw new CampaignRuleViolation(Rule.NO_PHASES, "A campaign has at least one phase.");
    }
    Phase previous = null;
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      requirePresent(phase, "phases[" + i + "]");
      requirePresent(phase.kind(), "phases[" + i + "].kind");
      requireText(phase.name(), "phases[" + i + "].name");
      requirePresent(phase.startDate(), "phases[" + i + "].startDate");
      requirePresent(phase.endDate(), "phases[" + i + "].endDate");
      if (phase.endDate().isBefore(phase.startDate())) {
        throw new CampaignRuleViolation(
            Rule.PHASE_ENDS_BEFORE_START,
            "phases[" + i + "] (" + phase.kind() + ") ends on " + phase.endDate() + ", before its start "
                + phase.startDate() + ".");
      }
      if (previous != null && phase.kind().compareTo(previous.kind()) <= 0) {
        throw new CampaignRuleViolation(
            Rule.PHASE_KINDS_OUT_OF_ORDER,
            "phases[" + i + "] is a " + phase.kind() + " phase after a " + previous.kind()
                + " phase; each kind comes once, in the order MOBILISATION, CONCENTRATED_PUSH, SUMMARY.");
      }
      if (previous != null && !phase.startDate().isAfter(previous.endDate())) {
        throw new CampaignRuleViolation(
            Rule.PHASES_OVERLAP,
            "phases[" + i + "] (" + phase.kind() + ") starts on " + phase.startDate() + ", not after the end of "
                + previous.kind() + " on " + previous.endDate() + ".");
      }
      previous = phase;
    }
    if (reportDueDate.isBefore(previous.endDate())) {
      throw new CampaignRuleViolation(
          Rule.REPORT_DUE_BEFORE_END,
          "The work report is due on " + reportDueDate + ", before the last phase ends on " + previous.endDate() + ".");
    }
  }

  CampaignStatus status() {
    return status;
  }

  List<Phase> phases() {
    return List.copyOf(phases);
  }

  LocalDate reportDueDate() {
    return reportDueDate;
  }

  private int indexOf(PhaseKind kind) {
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).kind() == kind) {
        return i;
      }
    }
    throw new CampaignRuleViolation(Rule.PHASE_NOT_IN_CAMPAIGN, "The campaign has no " + kind + " phase.");
  }

  private void requireLaunched(CampaignAction command) {
    if (status == CampaignStatus.CONCLUDED) {
      throw new CampaignTransitionRefused(
          command, status, allowedIn(status), "The campaign is concluded: it accepts no more changes.");
    }
  }

  private static void requireTowns(List<String> townCodes) {
    if (townCodes.isEmpty()) {
      throw new CampaignRuleViolation(Rule.NO_TOWNS, "A campaign covers at least one town.");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < townCodes.size(); i++) {
      requireText(townCodes.get(i), "jurisdiction.townCodes[" + i + "]");
      if (!seen.add(townCodes.get(i))) {
        throw new CampaignRuleViolation(
            Rule.DUPLICATE_TOWN, "The town " + townCodes.get(i) + " is named twice in the jurisdiction.");
      }
    }
  }

  private static void requireNotPast(LocalDate date, LocalDate today, String field) {
    if (date.isBefore(today)) {
      throw new CampaignRuleViolation(
          Rule.DATE_IN_THE_PAST, field + " " + date + " lies before today, " + today + ".");
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw missing(field);
    }
  }

  private static void requirePresent(Object value, String field) {
    if (value == null) {
      throw missing(field);
    }
  }

  private static CampaignRuleViolation missing(String field) {
    return new CampaignRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " is required.");
  }
}
