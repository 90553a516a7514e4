package io.shouwei.contracts.campaign;

/** The kinds of a campaign's phases, in the order they follow one another; each at most once. */
public enum PhaseKind {
  /** 动员部署. */
  MOBILISATION,
  /** 集中推进. */
  CONCENTRATED_PUSH,
  /** 总结巩固: summary and consolidation. */
  SUMMARY
}
