package io.shouwei.bpmn;

/**
 * Candidate groups of every user task: a role of {@code io.shouwei.contracts.Role}, with the scope
 * the task belongs to after a colon ({@code ENTERPRISE:<enterprise id>}, {@code TOWN_AGENCY:<town
 * code>}); the district bureau's tasks name the role alone. A caller's groups are derived from the
 * token the same way ({@link #of}), so a task reaches the right organisation and no other.
 */
public final class CandidateGroups {

  public static final String ENTERPRISE = "ENTERPRISE";
  public static final String TOWN_AGENCY = "TOWN_AGENCY";
  public static final String DISTRICT_AGENCY = "DISTRICT_AGENCY";

  /** Between role and scope. */
  public static final String SEPARATOR = ":";

  private CandidateGroups() {}

  /** {@code role:scope}, or the role alone when {@code scope} is {@code null}. */
  public static String of(String role, String scope) {
    return scope == null ? role : role + SEPARATOR + scope;
  }
}
