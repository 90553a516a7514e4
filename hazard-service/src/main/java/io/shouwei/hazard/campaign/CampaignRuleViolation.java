package io.shouwei.hazard.campaign;

/** A command broke one of the campaign's rules; nothing was stored. */
public final class CampaignRuleViolation extends RuntimeException {

  /** The rules a campaign enforces, as stable codes for clients. */
  public enum Rule {
    REQUIRED_FIELD_MISSING,
    /** The jurisdiction names no town. */
    NO_TOWNS,
    /** The jurisdiction names a town twice. */
    DUPLICATE_TOWN,
    /** The campaign has no phase. */
    NO_PHASES,
    /** A phase ends before it starts. */
    PHASE_ENDS_BEFORE_START,
    /** Phase kinds repeat or do not follow the order mobilisation, concentrated push, summary. */
    PHASE_KINDS_OUT_OF_ORDER,
    /** A phase starts on or before the last day of the phase before it. */
    PHASES_OVERLAP,
    /** The work report is due before the last phase ends. */
    REPORT_DUE_BEFORE_END,
    /** An amendment names a phase the campaign does not have. */
    PHASE_NOT_IN_CAMPAIGN,
    /** An amendment of a phase whose last day has passed. */
    PHASE_ENDED,
    /** An amendment that moves the start of a phase that has started. */
    PHASE_STARTED,
    /** An amendment that moves a date into the past. */
    DATE_IN_THE_PAST,
    /** A conclusion while the last phase has not yet ended. */
    CAMPAIGN_NOT_OVER
  }

  private final Rule rule;

  public CampaignRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
