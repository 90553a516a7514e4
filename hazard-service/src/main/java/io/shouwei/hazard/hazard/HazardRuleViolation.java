package io.shouwei.hazard.hazard;

/** A command broke one of the hazard's rules; nothing was stored. */
public final class HazardRuleViolation extends RuntimeException {

  /** What a broken rule is about. */
  public enum Kind {
    /** The command's content: it could succeed with other input. */
    INPUT,
    /** Who sends it: this sender may not do this to this hazard, whatever the input. */
    ACTOR,
    /** It refers to something the hazard does not have (e.g. an extension request number). */
    UNKNOWN_REFERENCE
  }

  /** The rules a hazard enforces, as stable codes for clients. */
  public enum Rule {
    REQUIRED_FIELD_MISSING(Kind.INPUT),
    TITLE_TOO_LONG(Kind.INPUT),
    DISCOVERED_AFTER_REPORTED(Kind.INPUT),
    /** Declaring, confirming or downgrading a major hazard is an agency's act. */
    CLASSIFICATION_NEEDS_AGENCY(Kind.ACTOR),
    /** … and the agency says why. */
    CLASSIFICATION_REASON_REQUIRED(Kind.INPUT),
    MAJOR_NEEDS_CRITERIA(Kind.INPUT),
    GENERAL_CITES_NO_CRITERIA(Kind.INPUT),
    /** An item the hazard's level needs is missing (all five for a major hazard). */
    PLAN_INCOMPLETE(Kind.INPUT),
    /** An item is given but not filled in (a blank measure, funds without a source, …). */
    PLAN_ITEM_INCOMPLETE(Kind.INPUT),
    FUNDS_NEGATIVE(Kind.INPUT),
    DEADLINE_NOT_IN_FUTURE(Kind.INPUT),
    PERCENT_OUT_OF_RANGE(Kind.INPUT),
    PROGRESS_DECREASED(Kind.INPUT),
    EVIDENCE_REQUIRED(Kind.INPUT),
    /** A major hazard is verified only by an agency with jurisdiction over its town. */
    MAJOR_VERIFICATION_NEEDS_AGENCY(Kind.ACTOR),
    /** A general hazard is verified by its enterprise or by an agency with jurisdiction. */
    GENERAL_VERIFICATION_NEEDS_ENTERPRISE_OR_AGENCY(Kind.ACTOR),
    REJECTION_REASON_REQUIRED(Kind.INPUT),
    EXTENSION_REQUEST_NEEDS_ENTERPRISE(Kind.ACTOR),
    EXTENSION_ALREADY_PENDING(Kind.INPUT),
    EXTENSION_NOT_AFTER_DEADLINE(Kind.INPUT),
    EXTENSION_DECISION_NEEDS_AGENCY(Kind.ACTOR),
    REFUSAL_REASON_REQUIRED(Kind.INPUT),
    NO_SUCH_EXTENSION_REQUEST(Kind.UNKNOWN_REFERENCE),
    REOPENING_NEEDS_AGENCY(Kind.ACTOR);

    private final Kind kind;

    Rule(Kind kind) {
      this.kind = kind;
    }

    public Kind kind() {
      return kind;
    }
  }

  private final Rule rule;

  public HazardRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
