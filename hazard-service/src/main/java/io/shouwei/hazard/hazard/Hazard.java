package io.shouwei.hazard.hazard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.shouwei.hazard.hazard.HazardRuleViolation.Rule;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.ReportHazardCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A hazard (隐患) and the rules of its rectification loop. Event sourced; knows nothing of Spring,
 * HTTP or the clock: time comes in with the commands.
 */
public class Hazard {

  /** The longest title, in characters (Unicode code points). */
  public static final int TITLE_MAX_LENGTH = 200;

  @AggregateIdentifier
  private String hazardId;

  private HazardStatus status;

  /** For event sourcing. */
  protected Hazard() {}

  @CommandHandler
  public Hazard(ReportHazardCommand command) {
    requireText(command.hazardId(), "hazardId");
    requireText(command.mineId(), "mineId");
    requireText(command.enterpriseId(), "enterpriseId");
    requireText(command.townCode(), "townCode");
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
    apply(
        new HazardReportedEvent(
            command.hazardId(),
            command.mineId(),
            command.enterpriseId(),
            command.townCode(),
            command.campaignId(),
            command.source(),
            command.category(),
            command.title(),
            command.description(),
            command.location(),
            command.discoveredAt(),
            command.reportedAt()));
  }

  @EventSourcingHandler
  void on(HazardReportedEvent event) {
    this.hazardId = event.hazardId();
    this.status = HazardStatus.REPORTED;
  }

  String hazardId() {
    return hazardId;
  }

  HazardStatus status() {
    return status;
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

  private static HazardRuleViolation missing(String field) {
    return new HazardRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " is required.");
  }
}
