package io.shouwei.hazard.mine;

/** A command broke one of the mine's rules; nothing was stored. */
public final class MineRuleViolation extends RuntimeException {

  /** The rules a mine enforces, as stable codes for clients. */
  public enum Rule {
    REQUIRED_FIELD_MISSING,
    NAME_TOO_LONG,
    /** Tailings-pond facts (pond grade, dam height) on a mine that is not a tailings pond. */
    TAILINGS_FACTS_NOT_APPLICABLE,
    /** Slope facts on an underground mine or a tailings pond. */
    SLOPE_FACTS_NOT_APPLICABLE,
    /** A resumption under an order that does not stop the mine. */
    ORDER_DOES_NOT_STOP_MINE,
    /** A stop or a resumption sent by someone other than an agency or the service itself. */
    NOT_AN_ORDERING_AUTHORITY
  }

  private final Rule rule;

  public MineRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
