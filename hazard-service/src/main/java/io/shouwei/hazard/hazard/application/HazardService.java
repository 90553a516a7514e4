package io.shouwei.hazard.hazard.application;

import io.shouwei.hazard.hazard.HazardRuleViolation;
import io.shouwei.hazard.hazard.api.ReportHazardCommand;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.hazard.view.HazardViews;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The hazard use cases: who may do what to which hazard, the clock, the id; the rules themselves
 * are the aggregate's. A hazard the caller may not see is answered exactly like a missing one.
 */
@Service
public class HazardService {

  private final CommandGateway commands;
  private final HazardViews views;
  private final Clock clock;

  public HazardService(CommandGateway commands, HazardViews views, Clock clock) {
    this.commands = commands;
    this.views = views;
    this.clock = clock;
  }

  /**
   * Reports a hazard and returns its new id. The discovery time is kept to the millisecond, like
   * every time the service records.
   */
  public String report(NewHazard hazard) {
    Caller caller = Callers.require();
    Reach reach = HazardAccess.toReport(caller.role());
    if (reach == Reach.NONE) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Your role may not report hazards.");
    }
    if (!Jurisdiction.covers(reach, caller, hazard.enterpriseId(), hazard.townCode())) {
      throw ProblemException.notFound("Mine", hazard.mineId());
    }
    String hazardId = UUID.randomUUID().toString();
    try {
      commands.sendAndWait(
          new ReportHazardCommand(
              hazardId,
              hazard.mineId(),
              hazard.enterpriseId(),
              hazard.townCode(),
              hazard.campaignId(),
              hazard.source(),
              hazard.category(),
              hazard.title(),
              hazard.description(),
              hazard.location(),
              hazard.discoveredAt() == null ? null : hazard.discoveredAt().truncatedTo(ChronoUnit.MILLIS),
              clock.instant()));
    } catch (HazardRuleViolation violation) {
      throw ruleViolated(violation);
    }
    return hazardId;
  }

  /** The hazard as the caller may see it. */
  public HazardView get(String hazardId) {
    Caller caller = Callers.require();
    Reach reach = Jurisdiction.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Your role may not read hazards.");
    }
    return views.find(hazardId)
        .filter(h -> Jurisdiction.covers(reach, caller, h.enterpriseId(), h.townCode()))
        .orElseThrow(() -> ProblemException.notFound("Hazard", hazardId));
  }

  private static ProblemException ruleViolated(HazardRuleViolation violation) {
    ProblemException problem =
        new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED, violation.getMessage());
    problem.getBody().setProperty("rule", violation.rule().name());
    return problem;
  }
}
