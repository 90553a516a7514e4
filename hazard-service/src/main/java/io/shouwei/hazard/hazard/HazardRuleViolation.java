package io.shouwei.hazard.hazard;

/** A command broke one of the hazard's rules; nothing was stored. */
public final class HazardRuleViolation extends RuntimeException {

  /** The rules a hazard enforces, as stable codes for clients. */
  public enum Rule {
    REQUIRED_FIELD_MISSING,
    TITLE_TOO_LONG,
    DISCOVERED_AFTER_REPORTED
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
