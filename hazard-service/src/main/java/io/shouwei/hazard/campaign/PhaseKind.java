package io.shouwei.hazard.campaign;

/**
 * The kinds of a campaign's phases, in the order they follow one another. A campaign has each kind
 * at most once, in this order; it need not have all three.
 */
public enum PhaseKind {
  /** 动员部署: plans are drawn up and the work is assigned. */
  MOBILISATION,
  /** 集中推进: the concentrated push of inspections and rectifications. */
  CONCENTRATED_PUSH,
  /** 总结巩固: summary and consolidation, with look-back reviews (回头看). */
  SUMMARY
}
