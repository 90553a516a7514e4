package io.shouwei.hazard.tip;

import static io.shouwei.hazard.tip.TipAction.CONVERT_TIP;
import static io.shouwei.hazard.tip.TipAction.DISMISS_TIP;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.shouwei.contracts.Role;
import io.shouwei.hazard.tip.TipRuleViolation.Rule;
import io.shouwei.hazard.tip.api.ConvertTipCommand;
import io.shouwei.hazard.tip.api.DismissTipCommand;
import io.shouwei.hazard.tip.api.ReceiveTipCommand;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A tip (举报) from the public, the whistleblower's channel: what was seen where, perhaps who saw
 * it. An agency triages it once: into a hazard (reported before, under the tip's hazard id) or
 * dismissed with a reason. Event sourced; knows nothing of Spring, HTTP or the clock.
 */
public class Tip {

  /** The longest description of what was seen, in characters (Unicode code points). */
  public static final int WHAT_MAX_LENGTH = 4000;
  /** The longest description of where, in characters. */
  public static final int WHERE_MAX_LENGTH = 500;
  /** The longest reason of a dismissal, in characters. */
  public static final int REASON_MAX_LENGTH = 2000;

  /** The metadata key of the sender's role (the service's {@code MetadataKeys.ACTOR_ROLE}). */
  static final String ACTOR_ROLE = "actorRole";

  /** Who may triage a tip. */
  static final Set<Role> TRIAGING_ROLES = Set.of(Role.DISTRICT_AGENCY, Role.TOWN_AGENCY);

  @AggregateIdentifier
  private String tipId;

  private TipStatus status;
  private String hazardId;

  /** For event sourcing. */
  protected Tip() {}

  @CommandHandler
  public Tip(ReceiveTipCommand command) {
    requireText(command.tipId(), "tipId");
    requireText(command.trackingCodeHash(), "trackingCodeHash");
    requireText(command.what(), "what");
    requireText(command.where(), "where");
    requirePresent(command.receivedAt(), "receivedAt");
    requireShort(command.what(), WHAT_MAX_LENGTH, "what");
    requireShort(command.where(), WHERE_MAX_LENGTH, "where");
    TipContact contact = command.contact() == null || command.contact().isEmpty() ? null : command.contact();
    if (contact != null) {
      requireShort(contact.name(), TipContact.PART_MAX_LENGTH, "contact.name");
      requireShort(contact.phone(), TipContact.PART_MAX_LENGTH, "contact.phone");
      requireShort(contact.email(), TipContact.PART_MAX_LENGTH, "contact.email");
    }
    apply(
        new TipReceivedEvent(
            command.tipId(),
            command.trackingCodeHash(),
            command.what(),
            command.where(),
            command.townCode(),
            command.mineId(),
            contact,
            command.receivedAt()));
  }

  @CommandHandler
  void handle(ConvertTipCommand command, @MetaDataValue(ACTOR_ROLE) String actorRole) {
    requireReceived(CONVERT_TIP);
    requireTriagingAgency(actorRole);
    requireText(command.hazardId(), "hazardId");
    requirePresent(command.convertedAt(), "convertedAt");
    apply(new TipConvertedEvent(tipId, command.hazardId(), command.convertedAt()));
  }

  @CommandHandler
  void handle(DismissTipCommand command, @MetaDataValue(ACTOR_ROLE) String actorRole) {
    requireReceived(DISMISS_TIP);
    requireTriagingAgency(actorRole);
    requireText(command.reason(), "reason");
    requireShort(command.reason(), REASON_MAX_LENGTH, "reason");
    requirePresent(command.dismissedAt(), "dismissedAt");
    apply(new TipDismissedEvent(tipId, command.reason(), command.dismissedAt()));
  }

  @EventSourcingHandler
  void on(TipReceivedEvent event) {
    this.tipId = event.tipId();
    this.status = TipStatus.RECEIVED;
  }

  @EventSourcingHandler
  void on(TipConvertedEvent event) {
    this.status = TipStatus.CONVERTED;
    this.hazardId = event.hazardId();
  }

  @EventSourcingHandler
  void on(TipDismissedEvent event) {
    this.status = TipStatus.DISMISSED;
  }

  /** The commands a tip in this status accepts. */
  public static List<TipAction> allowedIn(TipStatus status) {
    return switch (status) {
      case RECEIVED -> List.of(CONVERT_TIP, DISMISS_TIP);
      case CONVERTED, DISMISSED -> List.of();
    };
  }

  String tipId() {
    return tipId;
  }

  TipStatus status() {
    return status;
  }

  String hazardId() {
    return hazardId;
  }

  private void requireReceived(TipAction command) {
    if (status != TipStatus.RECEIVED) {
      throw new TipTransitionRefused(command, status, allowedIn(status));
    }
  }

  private static void requireTriagingAgency(String actorRole) {
    boolean triaging = TRIAGING_ROLES.stream().anyMatch(r -> r.name().equals(actorRole));
    if (!triaging) {
      throw new TipRuleViolation(
          Rule.NOT_A_TRIAGING_AGENCY, "A tip is triaged by the district bureau or a town office, not by " + actorRole + ".");
    }
  }

  private static void requireShort(String value, int max, String field) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      throw new TipRuleViolation(
          Rule.TEXT_TOO_LONG, field + " has " + length + " characters; at most " + max + " are allowed.");
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

  private static TipRuleViolation missing(String field) {
    return new TipRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " is required.");
  }
}
