package io.shouwei.hazard.hazard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.ClassifyHazardCommand;
import io.shouwei.hazard.hazard.api.CompleteRectificationCommand;
import io.shouwei.hazard.hazard.api.DeadlineExtensionApprovedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRefusedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRequestedEvent;
import io.shouwei.hazard.hazard.api.DecideDeadlineExtensionCommand;
import io.shouwei.hazard.hazard.api.ExtensionDecision;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.PlanRectificationCommand;
import io.shouwei.hazard.hazard.api.RecordRectificationProgressCommand;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.api.RectificationProgressRecordedEvent;
import io.shouwei.hazard.hazard.api.RectificationRejectedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import io.shouwei.hazard.hazard.api.ReopenHazardCommand;
import io.shouwei.hazard.hazard.api.ReportHazardCommand;
import io.shouwei.hazard.hazard.api.RequestDeadlineExtensionCommand;
import io.shouwei.hazard.hazard.api.StartRectificationCommand;
import io.shouwei.hazard.hazard.api.VerificationOutcome;
import io.shouwei.hazard.hazard.api.VerifyRectificationCommand;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * A hazard (隐患) and the rules of its rectification loop. Event sourced; knows nothing of Spring,
 * HTTP or the clock: time comes in with the commands, and so does the capacity the sender acts in.
 *
 * <p>Each command is checked in the same order: the version the sender saw, then whether the
 * state allows the command ({@link InvalidHazardTransition}), then whether this sender may give it,
 * then its content ({@link HazardRuleViolation}).
 *
 * <p>The level the rules go by is the classified one; before any classification, the suggested
 * one if it is major, otherwise general.
 */
public class Hazard {

  /** The longest title, in characters (Unicode code points). */
  public static final int TITLE_MAX_LENGTH = 200;

  @AggregateIdentifier
  private String hazardId;

  private String enterpriseId;
  private String townCode;
  private HazardStatus status;
  private HazardLevel suggestedLevel;
  private HazardLevel classifiedLevel;
  private FiveItemPlan plan;
  private Instant deadline;
  private int progressPercent;
  private int extensionRequests;
  private PendingExtension pendingExtension;

  /** A request for more time that no agency has decided yet. */
  record PendingExtension(int number, Instant requestedDeadline) {}

  /** For event sourcing. */
  protected Hazard() {}

  @CommandHandler
  public Hazard(ReportHazardCommand command) {
    requireText(command.hazardId(), "hazardId");
    requireText(command.number(), "number");
    requireText(command.mineId(), "mineId");
    requireText(command.enterpriseId(), "enterpriseId");
    requireText(command.townCode(), "townCode");
    requirePresent(command.mineType(), "mineType");
    requirePresent(command.source(), "source");
    requireText(command.category(), "category");
    requireText(command.title(), "title");
    requireText(command.description(), "description");
    requireText(command.location(), "location");
    requirePresent(command.discoveredAt(), "discoveredAt");
    requirePresent(command.reportedAt(), "reportedAt");
    int titleLength = command.title().codePointCount(0, command.title().length());
    if (titleLength > TITLE_MAX_LENGTH) {
      throw new HazardRuleViolation(
          Rule.TITLE_TOO_LONG,
          "The title has " + titleLength + " characters; at most " + TITLE_MAX_LENGTH + " are allowed.");
    }
    if (command.discoveredAt().isAfter(command.reportedAt())) {
      throw new HazardRuleViolation(
          Rule.DISCOVERED_AFTER_REPORTED,
          "A hazard cannot be discovered (" + command.discoveredAt() + ") after it is reported ("
              + command.reportedAt() + ").");
    }
    requireNoBlank(command.citedCriteria(), "citedCriteria");
    apply(
        new HazardReportedEvent(
            command.hazardId(),
            command.number(),
            command.mineId(),
            command.enterpriseId(),
            command.townCode(),
            command.mineType(),
            command.campaignId(),
            command.source(),
            command.category(),
            command.title(),
            command.description(),
            command.location(),
            command.discoveredAt(),
            command.reportedAt(),
            command.facts(),
            command.suggestedLevel(),
            command.suggestedCriteria(),
            command.citedCriteria()));
  }

  /**
   * A command sent with a version older than the hazard's is refused before anything else, so
   * that the sender learns first that it decided on a stale view. (A newer version than the
   * hazard's is refused by the repository on loading.)
   */
  @CommandHandlerInterceptor
  void refuseStaleVersions(ConflictResolver conflicts) {
    conflicts.detectConflicts(unseenEvents -> true);
  }

  @CommandHandler
  void handle(ClassifyHazardCommand command) {
    requireAllowed(HazardAction.CLASSIFY_HAZARD);
    ActingAs actor = requireActor(command.actingAs());
    requirePresent(command.level(), "level");
    requirePresent(command.classifiedAt(), "classifiedAt");
    boolean concernsMajor =
        command.level() == HazardLevel.MAJOR
            || classifiedLevel == HazardLevel.MAJOR
            || suggestedLevel == HazardLevel.MAJOR;
    if (concernsMajor && !actor.isAgencyOver(townCode)) {
      throw new HazardRuleViolation(
          Rule.CLASSIFICATION_NEEDS_AGENCY,
          "Declaring, confirming or downgrading a major hazard is for an agency with jurisdiction over town "
              + townCode + ".");
    }
    if (concernsMajor && isBlank(command.reason())) {
      throw new HazardRuleViolation(
          Rule.CLASSIFICATION_REASON_REQUIRED, "Classifying a hazard that is or was major needs a reason.");
    }
    List<String> criteria = command.criteria() == null ? List.of() : command.criteria();
    requireNoBlank(criteria, "criteria");
    if (command.level() == HazardLevel.MAJOR && criteria.isEmpty()) {
      throw new HazardRuleViolation(
          Rule.MAJOR_NEEDS_CRITERIA, "A major hazard cites at least one criterion of the standard.");
    }
    if (command.level() == HazardLevel.GENERAL && !criteria.isEmpty()) {
      throw new HazardRuleViolation(
          Rule.GENERAL_CITES_NO_CRITERIA,
          "A general hazard cites no major-hazard criteria; " + criteria + " were given.");
    }
    apply(new HazardClassifiedEvent(
        hazardId, command.level(), criteria, classifiedLevel, blankToNull(command.reason()), command.classifiedAt()));
  }

  @CommandHandler
  void handle(PlanRectificationCommand command) {
    requireAllowed(HazardAction.PLAN_RECTIFICATION);
    requireActor(command.actingAs());
    requirePresent(command.plan(), "plan");
    requirePresent(command.plannedAt(), "plannedAt");
    FiveItemPlan p = command.plan();
    HazardLevel level = level();
    List<String> missing = p.missingItemsFor(level);
    if (!missing.isEmpty()) {
      throw new HazardRuleViolation(
          Rule.PLAN_INCOMPLETE, "A " + describe(level) + " hazard's plan needs " + missing + ".");
    }
    if (p.hasNegativeFunds()) {
      throw new HazardRuleViolation(
          Rule.FUNDS_NEGATIVE, "The funds must not be negative; " + p.funds().amountCny() + " CNY was given.");
    }
    List<String> incomplete = p.incompleteItems();
    if (!incomplete.isEmpty()) {
      throw new HazardRuleViolation(Rule.PLAN_ITEM_INCOMPLETE, "These items are not filled in: " + incomplete + ".");
    }
    if (!p.deadline().isAfter(command.plannedAt())) {
      throw new HazardRuleViolation(
          Rule.DEADLINE_NOT_IN_FUTURE,
          "The deadline (" + p.deadline() + ") must be after now (" + command.plannedAt() + ").");
    }
    apply(new RectificationPlannedEvent(hazardId, p, command.plannedAt()));
  }

  @CommandHandler
  void handle(StartRectificationCommand command) {
    requireAllowed(HazardAction.START_RECTIFICATION);
    requireActor(command.actingAs());
    requirePresent(command.startedAt(), "startedAt");
    HazardLevel level = level();
    List<String> missing = plan.missingItemsFor(level);
    if (!missing.isEmpty()) {
      throw new HazardRuleViolation(
          Rule.PLAN_INCOMPLETE,
          "Rectification of a " + describe(level) + " hazard starts only when the plan has " + missing
              + "; plan again first.");
    }
    apply(new RectificationStartedEvent(hazardId, command.startedAt()));
  }

  @CommandHandler
  void handle(RecordRectificationProgressCommand command) {
    requireAllowed(HazardAction.RECORD_RECTIFICATION_PROGRESS);
    requireActor(command.actingAs());
    requirePresent(command.recordedAt(), "recordedAt");
    List<String> evidence = command.evidenceRefs() == null ? List.of() : command.evidenceRefs();
    requireNoBlank(evidence, "evidenceRefs");
    if (command.percent() < 0 || command.percent() > 100) {
      throw new HazardRuleViolation(
          Rule.PERCENT_OUT_OF_RANGE, "Progress is 0 to 100 percent; " + command.percent() + " was given.");
    }
    if (command.percent() < progressPercent) {
      throw new HazardRuleViolation(
          Rule.PROGRESS_DECREASED,
          "Progress does not go back: " + progressPercent + " percent was recorded, " + command.percent()
              + " was given.");
    }
    apply(new RectificationProgressRecordedEvent(
        hazardId, blankToNull(command.note()), command.percent(), evidence, command.recordedAt()));
  }

  @CommandHandler
  void handle(CompleteRectificationCommand command) {
    requireAllowed(HazardAction.COMPLETE_RECTIFICATION);
    requireActor(command.actingAs());
    requirePresent(command.completedAt(), "completedAt");
    List<String> evidence = command.evidenceRefs() == null ? List.of() : command.evidenceRefs();
    if (evidence.isEmpty() || evidence.stream().anyMatch(Hazard::isBlank)) {
      throw new HazardRuleViolation(
          Rule.EVIDENCE_REQUIRED, "A completed rectification is submitted with evidence; none was given.");
    }
    apply(new RectificationCompletedEvent(hazardId, evidence, blankToNull(command.note()), command.completedAt()));
  }

  @CommandHandler
  void handle(VerifyRectificationCommand command) {
    requireAllowed(HazardAction.VERIFY_RECTIFICATION);
    ActingAs actor = requireActor(command.actingAs());
    HazardLevel level = level();
    if (level == HazardLevel.MAJOR && !actor.isAgencyOver(townCode)) {
      throw new HazardRuleViolation(
          Rule.MAJOR_VERIFICATION_NEEDS_AGENCY,
          "A major hazard is verified only by an agency with jurisdiction over town " + townCode + ".");
    }
    if (level == HazardLevel.GENERAL && !actor.isAgencyOver(townCode) && !actor.isEnterprise(enterpriseId)) {
      throw new HazardRuleViolation(
          Rule.GENERAL_VERIFICATION_NEEDS_ENTERPRISE_OR_AGENCY,
          "A general hazard is verified by enterprise " + enterpriseId + " or by an agency with jurisdiction.");
    }
    requirePresent(command.outcome(), "outcome");
    requirePresent(command.verifiedAt(), "verifiedAt");
    if (command.outcome() == VerificationOutcome.ACCEPT) {
      apply(new HazardSignedOffEvent(hazardId, level, blankToNull(command.reason()), command.verifiedAt()));
    } else {
      if (isBlank(command.reason())) {
        throw new HazardRuleViolation(Rule.REJECTION_REASON_REQUIRED, "A rejection says why.");
      }
      apply(new RectificationRejectedEvent(hazardId, command.reason(), command.verifiedAt()));
    }
  }

  /** Answers the number of the new request. */
  @CommandHandler
  int handle(RequestDeadlineExtensionCommand command) {
    requireAllowed(HazardAction.REQUEST_DEADLINE_EXTENSION);
    ActingAs actor = requireActor(command.actingAs());
    if (!actor.isEnterprise(enterpriseId)) {
      throw new HazardRuleViolation(
          Rule.EXTENSION_REQUEST_NEEDS_ENTERPRISE, "Only enterprise " + enterpriseId + " asks for more time.");
    }
    if (pendingExtension != null) {
      throw new HazardRuleViolation(
          Rule.EXTENSION_ALREADY_PENDING,
          "Request " + pendingExtension.number() + " for more time awaits a decision.");
    }
    requirePresent(command.requestedDeadline(), "requestedDeadline");
    requireText(command.reason(), "reason");
    requirePresent(command.requestedAt(), "requestedAt");
    if (!command.requestedDeadline().isAfter(deadline)) {
      throw new HazardRuleViolation(
          Rule.EXTENSION_NOT_AFTER_DEADLINE,
          "The requested deadline (" + command.requestedDeadline() + ") must be after the current one ("
              + deadline + ").");
    }
    int number = extensionRequests + 1;
    apply(new DeadlineExtensionRequestedEvent(
        hazardId, number, deadline, command.requestedDeadline(), command.reason(), command.requestedAt()));
    return number;
  }

  @CommandHandler
  void handle(DecideDeadlineExtensionCommand command) {
    if (command.number() < 1 || command.number() > extensionRequests) {
      throw new HazardRuleViolation(
          Rule.NO_SUCH_EXTENSION_REQUEST, "Hazard " + hazardId + " has no extension request " + command.number() + ".");
    }
    if (pendingExtension == null || pendingExtension.number() != command.number()) {
      throw new InvalidHazardTransition(
          HazardAction.DECIDE_DEADLINE_EXTENSION, status, allowedActions(),
          "Extension request " + command.number() + " is no longer pending: it was decided, or lapsed at sign-off.");
    }
    ActingAs actor = requireActor(command.actingAs());
    if (!actor.isAgencyOver(townCode)) {
      throw new HazardRuleViolation(
          Rule.EXTENSION_DECISION_NEEDS_AGENCY,
          "Only an agency with jurisdiction over town " + townCode + " decides on more time.");
    }
    requirePresent(command.decision(), "decision");
    requirePresent(command.decidedAt(), "decidedAt");
    if (command.decision() == ExtensionDecision.APPROVE) {
      apply(new DeadlineExtensionApprovedEvent(
          hazardId, command.number(), deadline, pendingExtension.requestedDeadline(),
          blankToNull(command.reason()), command.decidedAt()));
    } else {
      if (isBlank(command.reason())) {
        throw new HazardRuleViolation(Rule.REFUSAL_REASON_REQUIRED, "A refusal says why.");
      }
      apply(new DeadlineExtensionRefusedEvent(hazardId, command.number(), command.reason(), command.decidedAt()));
    }
  }

  @CommandHandler
  void handle(ReopenHazardCommand command) {
    requireAllowed(HazardAction.REOPEN_HAZARD);
    ActingAs actor = requireActor(command.actingAs());
    if (!actor.isAgencyOver(townCode)) {
      throw new HazardRuleViolation(
          Rule.REOPENING_NEEDS_AGENCY,
          "Only an agency with jurisdiction over town " + townCode + " reopens a hazard.");
    }
    requireText(command.reason(), "reason");
    requirePresent(command.reopenedAt(), "reopenedAt");
    apply(new HazardReopenedEvent(
        hazardId, command.reason(), blankToNull(command.reviewReference()), command.reopenedAt()));
  }

  @EventSourcingHandler
  void on(HazardReportedEvent event) {
    this.hazardId = event.hazardId();
    this.enterpriseId = event.enterpriseId();
    this.townCode = event.townCode();
    this.suggestedLevel = event.suggestedLevel();
    this.status = HazardStatus.REPORTED;
  }

  @EventSourcingHandler
  void on(HazardClassifiedEvent event) {
    this.classifiedLevel = event.level();
  }

  @EventSourcingHandler
  void on(RectificationPlannedEvent event) {
    this.plan = event.plan();
    this.deadline = event.plan().deadline();
    this.status = HazardStatus.PLANNED;
  }

  @EventSourcingHandler
  void on(RectificationStartedEvent event) {
    this.progressPercent = 0;
    this.status = HazardStatus.RECTIFYING;
  }

  @EventSourcingHandler
  void on(RectificationProgressRecordedEvent event) {
    this.progressPercent = event.percent();
  }

  @EventSourcingHandler
  void on(RectificationCompletedEvent event) {
    this.progressPercent = 100;
    this.status = HazardStatus.SUBMITTED;
  }

  /** A request for more time still pending at sign-off lapses. */
  @EventSourcingHandler
  void on(HazardSignedOffEvent event) {
    this.pendingExtension = null;
    this.status = HazardStatus.SIGNED_OFF;
  }

  /** A rejected rectification starts a new round: its progress counts from 0 again. */
  @EventSourcingHandler
  void on(RectificationRejectedEvent event) {
    this.progressPercent = 0;
    this.status = HazardStatus.RECTIFYING;
  }

  @EventSourcingHandler
  void on(DeadlineExtensionRequestedEvent event) {
    this.extensionRequests = event.number();
    this.pendingExtension = new PendingExtension(event.number(), event.requestedDeadline());
  }

  @EventSourcingHandler
  void on(DeadlineExtensionApprovedEvent event) {
    this.deadline = event.newDeadline();
    this.pendingExtension = null;
  }

  @EventSourcingHandler
  void on(DeadlineExtensionRefusedEvent event) {
    this.pendingExtension = null;
  }

  @EventSourcingHandler
  void on(HazardReopenedEvent event) {
    this.progressPercent = 0;
    this.status = HazardStatus.REOPENED;
  }

  /** The commands the current state allows. */
  Set<HazardAction> allowedActions() {
    EnumSet<HazardAction> allowed =
        switch (status) {
          case REPORTED, REOPENED -> EnumSet.of(HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION);
          case PLANNED -> EnumSet.of(
              HazardAction.CLASSIFY_HAZARD, HazardAction.PLAN_RECTIFICATION, HazardAction.START_RECTIFICATION,
              HazardAction.REQUEST_DEADLINE_EXTENSION);
          case RECTIFYING -> EnumSet.of(
              HazardAction.RECORD_RECTIFICATION_PROGRESS, HazardAction.COMPLETE_RECTIFICATION,
              HazardAction.REQUEST_DEADLINE_EXTENSION);
          case SUBMITTED -> EnumSet.of(HazardAction.VERIFY_RECTIFICATION);
          case SIGNED_OFF -> EnumSet.of(HazardAction.REOPEN_HAZARD);
        };
    if (pendingExtension != null) {
      allowed.add(HazardAction.DECIDE_DEADLINE_EXTENSION);
    }
    return allowed;
  }

  /** The level the rules go by. */
  HazardLevel level() {
    if (classifiedLevel != null) {
      return classifiedLevel;
    }
    return suggestedLevel == HazardLevel.MAJOR ? HazardLevel.MAJOR : HazardLevel.GENERAL;
  }

  String hazardId() {
    return hazardId;
  }

  HazardStatus status() {
    return status;
  }

  Instant deadline() {
    return deadline;
  }

  int progressPercent() {
    return progressPercent;
  }

  PendingExtension pendingExtension() {
    return pendingExtension;
  }

  private void requireAllowed(HazardAction action) {
    Set<HazardAction> allowed = allowedActions();
    if (!allowed.contains(action)) {
      throw new InvalidHazardTransition(
          action, status, allowed, "A hazard that is " + status + " does not allow " + action + ".");
    }
  }

  private static ActingAs requireActor(ActingAs actingAs) {
    if (actingAs == null || actingAs.role() == null) {
      throw missing("actingAs");
    }
    return actingAs;
  }

  private static String describe(HazardLevel level) {
    return level == HazardLevel.MAJOR ? "major" : "general";
  }

  private static void requireText(String value, String field) {
    if (isBlank(value)) {
      throw missing(field);
    }
  }

  private static void requirePresent(Object value, String field) {
    if (value == null) {
      throw missing(field);
    }
  }

  private static void requireNoBlank(Collection<String> values, String field) {
    if (values.stream().anyMatch(Hazard::isBlank)) {
      throw new HazardRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " must not contain blank entries.");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value;
  }

  private static HazardRuleViolation missing(String field) {
    return new HazardRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " is required.");
  }
}
