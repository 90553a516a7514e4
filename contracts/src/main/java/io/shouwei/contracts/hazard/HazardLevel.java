package io.shouwei.contracts.hazard;

/** The level of a hazard under the 2022 standard for metal and non-metal mines. */
public enum HazardLevel {
  /** 重大事故隐患: cites one or more criteria of the standard. */
  MAJOR,
  /** 一般事故隐患. */
  GENERAL
}
