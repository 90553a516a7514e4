package io.shouwei.gateway.devtoken;

import io.shouwei.contracts.Role;
import io.shouwei.gateway.web.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who the dev token is for. {@code roles} are names of {@link Role}; an {@code ENTERPRISE} user
 * belongs to an enterprise, a {@code TOWN_AGENCY} user covers at least one town and a
 * {@code SUPERIOR_COMPANY} user's group has at least one enterprise ({@code groupEnterprises}).
 */
public record DevTokenRequest(
    String sub, String name, List<String> roles, String org, List<String> towns, String enterprise,
    List<String> groupEnterprises) {

  static final DevTokenRequest EMPTY = new DevTokenRequest(null, null, null, null, null, null, null);

  private static final Set<String> ROLE_NAMES =
      Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());
  private static final String ROLE_LIST =
      Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

  /** Every problem of this request; empty when a token may be issued. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (isBlank(sub)) {
      problems.add(new FieldProblem("sub", "is required"));
    }
    if (roles == null || roles.isEmpty()) {
      problems.add(new FieldProblem("roles", "must name at least one role"));
    } else {
      for (int i = 0; i < roles.size(); i++) {
        if (!ROLE_NAMES.contains(roles.get(i))) {
          problems.add(new FieldProblem("roles[" + i + "]", "must be one of " + ROLE_LIST));
        }
      }
      if (roles.contains(Role.ENTERPRISE.name()) && isBlank(enterprise)) {
        problems.add(new FieldProblem("enterprise", "is required for role ENTERPRISE"));
      }
      if (roles.contains(Role.TOWN_AGENCY.name()) && (towns == null || towns.isEmpty())) {
        problems.add(new FieldProblem("towns", "must name at least one town for role TOWN_AGENCY"));
      }
      if (roles.contains(Role.SUPERIOR_COMPANY.name()) && (groupEnterprises == null || groupEnterprises.isEmpty())) {
        problems.add(
            new FieldProblem("groupEnterprises", "must name at least one enterprise for role SUPERIOR_COMPANY"));
      }
    }
    blankEntries("towns", towns, problems);
    blankEntries("groupEnterprises", groupEnterprises, problems);
    return problems;
  }

  private static void blankEntries(String field, List<String> values, List<FieldProblem> problems) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        if (isBlank(values.get(i))) {
          problems.add(new FieldProblem(field + "[" + i + "]", "must not be blank"));
        }
      }
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
