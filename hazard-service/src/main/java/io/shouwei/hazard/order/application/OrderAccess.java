package io.shouwei.hazard.order.application;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Jurisdiction.Reach;

/**
 * Which orders a caller may act on, decided on the order's enterprise and town (those of its
 * mine). Reading follows the shared rule of {@link io.shouwei.platform.security.Jurisdiction}.
 * The aggregate checks the same capacities again on the command.
 */
final class OrderAccess {

  private OrderAccess() {}

  /** Issuing, reviewing a resumption, fulfilling: the district bureau anywhere, a town office in its towns. */
  static Reach asAgency(Role role) {
    if (role == null) {
      return Reach.NONE;
    }
    return switch (role) {
      case DISTRICT_AGENCY -> Reach.ALL;
      case TOWN_AGENCY -> Reach.OWN_TOWNS;
      case ENTERPRISE, SUPERIOR_COMPANY, AUDITOR, ADMIN, SERVICE -> Reach.NONE;
    };
  }

  /** Acknowledging, applying to resume: the mine's enterprise only. */
  static Reach asEnterprise(Role role) {
    return role == Role.ENTERPRISE ? Reach.OWN_ENTERPRISE : Reach.NONE;
  }

  /** Approving or rejecting a resumption: the district bureau only. */
  static Reach asDistrict(Role role) {
    return role == Role.DISTRICT_AGENCY ? Reach.ALL : Reach.NONE;
  }

  /** Enforcing an unacknowledged stop: the service itself (workflow-service), on any order. */
  static Reach asService(Role role) {
    return role == Role.SERVICE ? Reach.ALL : Reach.NONE;
  }
}
