package io.shouwei.hazard.campaign.application;

import io.shouwei.contracts.Role;

/**
 * Who may do what to campaigns. A campaign is a public act of the district: every authenticated
 * role reads every campaign (a town office or an enterprise sees campaigns beyond its towns too).
 * Launching is the district bureau's, or an administrator's when setting up; amending and
 * concluding are the district bureau's alone.
 */
final class CampaignAccess {

  private CampaignAccess() {}

  static boolean mayRead(Role role) {
    return role != null;
  }

  static boolean mayLaunch(Role role) {
    return role == Role.DISTRICT_AGENCY || role == Role.ADMIN;
  }

  static boolean mayChange(Role role) {
    return role == Role.DISTRICT_AGENCY;
  }
}
