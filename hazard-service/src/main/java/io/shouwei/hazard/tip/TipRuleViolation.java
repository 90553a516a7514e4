package io.shouwei.hazard.tip;

/** A command broke one of the tip's rules; nothing was stored. */
public final class TipRuleViolation extends RuntimeException {

  /** The rules a tip enforces, as stable codes for clients. */
  public enum Rule {
    REQUIRED_FIELD_MISSING,
    /** A text longer than its limit (what, where, a contact field, a dismissal reason). */
    TEXT_TOO_LONG,
    /** A triage sent by someone other than an agency. */
    NOT_A_TRIAGING_AGENCY
  }

  private final Rule rule;

  public TipRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
