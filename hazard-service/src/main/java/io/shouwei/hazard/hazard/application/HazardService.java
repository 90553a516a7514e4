package io.shouwei.hazard.hazard.application;

import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.campaign.application.Campaigns;
import io.shouwei.hazard.classification.MajorHazardDetermination;
import io.shouwei.hazard.classification.Suggestion;
import io.shouwei.hazard.hazard.HazardRuleViolation;
import io.shouwei.hazard.hazard.InvalidHazardTransition;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.api.ClassifyHazardCommand;
import io.shouwei.hazard.hazard.api.CompleteRectificationCommand;
import io.shouwei.hazard.hazard.api.DecideDeadlineExtensionCommand;
import io.shouwei.hazard.hazard.api.ExtensionDecision;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.PlanRectificationCommand;
import io.shouwei.hazard.hazard.api.RecordRectificationProgressCommand;
import io.shouwei.hazard.hazard.api.ReopenHazardCommand;
import io.shouwei.hazard.hazard.api.ReportHazardCommand;
import io.shouwei.hazard.hazard.api.RequestDeadlineExtensionCommand;
import io.shouwei.hazard.hazard.api.StartRectificationCommand;
import io.shouwei.hazard.hazard.api.VerificationOutcome;
import io.shouwei.hazard.hazard.api.VerifyRectificationCommand;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.hazard.view.HazardViews;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.mine.view.MineViews;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import io.shouwei.platform.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The hazard use cases: who may do what to which hazard, the clock, the id, the expected version;
 * the rules themselves are the aggregate's. A hazard the caller may not see is answered exactly
 * like a missing one. Every change answers the hazard as it is afterwards (the view is updated in
 * the command's transaction).
 */
@Service
public class HazardService {

  private final CommandGateway commands;
  private final HazardViews views;
  private final MineViews mines;
  private final MajorHazardDetermination determination;
  private final HazardNumbers numbers;
  private final Campaigns campaigns;
  private final Clock clock;

  public HazardService(
      CommandGateway commands,
      HazardViews views,
      MineViews mines,
      MajorHazardDetermination determination,
      HazardNumbers numbers,
      Campaigns campaigns,
      Clock clock) {
    this.commands = commands;
    this.views = views;
    this.mines = mines;
    this.determination = determination;
    this.numbers = numbers;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  /**
   * Reports a hazard on a mine the caller may act on. The mine gives the hazard its enterprise,
   * town and type; the decision table suggests a level from the mine's facts overlaid with the
   * reported ones; the number is taken last, just before the command (a command refused after that
   * leaves a gap in the town's numbers). The discovery time is kept to the millisecond, like every
   * time the service records.
   *
   * <p>Answers 403 for a role that reports nothing, 404 for a mine that does not exist or is not
   * the caller's (alike), 409 for a closed mine, 400 for facts the decision does not read or of the
   * wrong kind, 422 for a cited code that is no criterion of the standard, a campaign that was never
   * launched (rule {@code UNKNOWN_CAMPAIGN}) or a rule of the hazard.
   */
  public ReportedHazard report(NewHazard hazard) {
    return report(UUID.randomUUID().toString(), hazard);
  }

  /**
   * Reports a hazard under an id the caller chose, as {@link #report(NewHazard)} does otherwise. A
   * use case that must report a hazard at most once derives the id from its own object (e.g. a
   * tip converted into a hazard): a retry then finds the hazard reported before, and a second
   * report with the id fails (Axon's {@code AggregateStreamCreationException}) and stores nothing.
   */
  public ReportedHazard report(String hazardId, NewHazard hazard) {
    Caller caller = Callers.require();
    Reach reach = HazardAccess.toWrite(caller.role());
    if (reach == Reach.NONE) {
      throw HazardProblems.forbidden("Your role may not report hazards.");
    }
    MineView mine =
        mines.find(hazard.mineId())
            .filter(m -> Jurisdiction.canRead(caller, m.enterpriseId(), m.townCode()))
            .filter(m -> Jurisdiction.covers(reach, caller, m.enterpriseId(), m.townCode()))
            .orElseThrow(() -> ProblemException.notFound("Mine", hazard.mineId()));
    if (mine.productionStatus() == ProductionStatus.CLOSED) {
      throw HazardProblems.mineClosed(mine.id());
    }
    Map<String, Object> facts = decisionInput(mine, hazard.facts());
    Suggestion suggestion = determination.suggest(mine.type().name(), facts);
    List<String> cited = knownCriteria(hazard.citedCriteria());
    campaigns.requireKnown(hazard.campaignId());

    Instant now = clock.instant();
    String number = numbers.next(mine.townCode(), now);
    try {
      commands.sendAndWait(
          new ReportHazardCommand(
              hazardId,
              number,
              mine.id(),
              mine.enterpriseId(),
              mine.townCode(),
              mine.type(),
              hazard.campaignId(),
              hazard.source(),
              hazard.category(),
              hazard.title(),
              hazard.description(),
              hazard.location(),
              truncated(hazard.discoveredAt()),
              now,
              facts,
              suggestion.level(),
              suggestion.codes(),
              cited));
    } catch (HazardRuleViolation violation) {
      throw HazardProblems.ruleViolated(violation);
    }
    return new ReportedHazard(hazardId, number, suggestion);
  }

  /**
   * What the decision reads: the mine's known facts, overlaid with the reported ones that are not
   * {@code null}. A reported name the decision does not read is refused (400).
   */
  private Map<String, Object> decisionInput(MineView mine, Map<String, Object> reported) {
    Set<String> read = determination.factNames();
    List<String> unknown = reported.keySet().stream().filter(name -> !read.contains(name)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw HazardProblems.unknownFacts(unknown);
    }
    Map<String, Object> input = new LinkedHashMap<>(mine.facts().asVariables());
    reported.forEach((name, value) -> {
      if (value != null) {
        input.put(name, value);
      }
    });
    return input;
  }

  /** The cited codes, each once, in the order given; 422 if one is no criterion of the standard. */
  private List<String> knownCriteria(List<String> cited) {
    List<FieldProblem> problems = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cited.size(); i++) {
      String code = cited.get(i);
      if (determination.criterion(code).isEmpty()) {
        problems.add(new FieldProblem("citedCriteria[" + i + "]", "is not a criterion of the 2022 standard"));
        unknown.add(code);
      }
    }
    if (!problems.isEmpty()) {
      throw HazardProblems.unknownCriteria(problems, unknown);
    }
    return cited.stream().distinct().toList();
  }

  /** The hazard as the caller may see it. */
  public HazardView get(String hazardId) {
    Caller caller = Callers.require();
    Reach reach = Jurisdiction.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw HazardProblems.forbidden("Your role may not read hazards.");
    }
    return views.find(hazardId)
        .filter(h -> Jurisdiction.covers(reach, caller, h.enterpriseId(), h.townCode()))
        .orElseThrow(() -> ProblemException.notFound("Hazard", hazardId));
  }

  /**
   * Sets the hazard's level.
   *
   * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null} for any
   */
  public HazardView classify(
      String hazardId, Long expectedVersion, HazardLevel level, List<String> criteria, String reason) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new ClassifyHazardCommand(hazardId, expectedVersion, actingAs, level, criteria, reason, now));
  }

  /** Assigns (or replaces) the five items; the deadline is kept to the millisecond. */
  public HazardView plan(String hazardId, Long expectedVersion, FiveItemPlan plan) {
    FiveItemPlan kept =
        new FiveItemPlan(plan.measures(), plan.funds(), truncated(plan.deadline()), plan.responsibility(),
            plan.contingencyPlan());
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new PlanRectificationCommand(hazardId, expectedVersion, actingAs, kept, now));
  }

  public HazardView startRectification(String hazardId, Long expectedVersion) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new StartRectificationCommand(hazardId, expectedVersion, actingAs, now));
  }

  public HazardView recordProgress(
      String hazardId, Long expectedVersion, String note, int percent, List<String> evidenceRefs) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new RecordRectificationProgressCommand(
            hazardId, expectedVersion, actingAs, note, percent, evidenceRefs, now));
  }

  public HazardView completeRectification(
      String hazardId, Long expectedVersion, List<String> evidenceRefs, String note) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new CompleteRectificationCommand(hazardId, expectedVersion, actingAs, evidenceRefs, note, now));
  }

  /** Accepts (signs off) or rejects a submitted rectification. */
  public HazardView verify(String hazardId, Long expectedVersion, VerificationOutcome outcome, String reason) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new VerifyRectificationCommand(hazardId, expectedVersion, actingAs, outcome, reason, now));
  }

  /** Asks for a later deadline; answers the request's number. */
  public ExtensionRequested requestDeadlineExtension(
      String hazardId, Long expectedVersion, Instant requestedDeadline, String reason) {
    int number = send(hazardId, expectedVersion,
        (actingAs, now) -> new RequestDeadlineExtensionCommand(
            hazardId, expectedVersion, actingAs, truncated(requestedDeadline), reason, now));
    return new ExtensionRequested(number, current(hazardId));
  }

  public HazardView decideDeadlineExtension(
      String hazardId, int number, Long expectedVersion, ExtensionDecision decision, String reason) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new DecideDeadlineExtensionCommand(
            hazardId, expectedVersion, actingAs, number, decision, reason, now));
  }

  /** Reopens a signed-off hazard after a look-back review. */
  public HazardView reopen(String hazardId, Long expectedVersion, String reason, String reviewReference) {
    return change(hazardId, expectedVersion,
        (actingAs, now) -> new ReopenHazardCommand(hazardId, expectedVersion, actingAs, reason, reviewReference, now));
  }

  /** Builds a command from the capacity the caller acts in and the service's "now". */
  @FunctionalInterface
  private interface CommandFactory {
    Object command(ActingAs actingAs, Instant now);
  }

  private HazardView change(String hazardId, Long expectedVersion, CommandFactory factory) {
    send(hazardId, expectedVersion, factory);
    return current(hazardId);
  }

  /**
   * Sends a command for a hazard the caller may change and saw at {@code expectedVersion}. The
   * version is checked here first (to answer the current one) and again by the aggregate under
   * its lock, where it counts.
   */
  private <R> R send(String hazardId, Long expectedVersion, CommandFactory factory) {
    Caller caller = Callers.require();
    Reach reach = HazardAccess.toWrite(caller.role());
    if (reach == Reach.NONE) {
      throw HazardProblems.forbidden("Your role may not change hazards.");
    }
    HazardView hazard =
        views.find(hazardId)
            .filter(h -> Jurisdiction.canRead(caller, h.enterpriseId(), h.townCode()))
            .filter(h -> Jurisdiction.covers(reach, caller, h.enterpriseId(), h.townCode()))
            .orElseThrow(() -> ProblemException.notFound("Hazard", hazardId));
    if (expectedVersion != null && expectedVersion != hazard.version()) {
      throw HazardProblems.stale(hazardId, hazard.version(), expectedVersion);
    }
    ActingAs actingAs = new ActingAs(caller.role(), caller.enterpriseId(), Set.copyOf(caller.towns()));
    try {
      return commands.sendAndWait(factory.command(actingAs, clock.instant()));
    } catch (HazardRuleViolation violation) {
      throw HazardProblems.ruleViolated(violation);
    } catch (InvalidHazardTransition refused) {
      throw HazardProblems.invalidTransition(refused);
    } catch (ConflictingModificationException | ConcurrencyException concurrent) {
      if (expectedVersion != null) {
        throw HazardProblems.stale(hazardId, null, expectedVersion);
      }
      throw new ProblemException(
          HttpStatus.CONFLICT, Problems.CONFLICT,
          "Hazard " + hazardId + " was changed at the same time; try again.");
    }
  }

  private HazardView current(String hazardId) {
    return views.find(hazardId).orElseThrow(() -> ProblemException.notFound("Hazard", hazardId));
  }

  private static Instant truncated(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
