package io.shouwei.contracts;

/** The roles a token can carry; a caller acts in exactly one of them per request. */
public enum Role {
  /** District emergency management bureau (区应急管理局). */
  DISTRICT_AGENCY,
  /** Town or street emergency office (镇街应急办), bound to its towns. */
  TOWN_AGENCY,
  /** A mining group's inspection team (上级公司督导组), bound to its enterprises. */
  SUPERIOR_COMPANY,
  /** A mining enterprise, bound to its own mines. */
  ENTERPRISE,
  /** Reads everything, changes nothing. */
  AUDITOR,
  /** Operates the platform. */
  ADMIN,
  /** Another Shouwei service calling with its own client-credentials token. */
  SERVICE;

  public boolean isAgency() {
    return this == DISTRICT_AGENCY || this == TOWN_AGENCY;
  }
}
