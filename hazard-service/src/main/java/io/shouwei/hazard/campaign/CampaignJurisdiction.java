package io.shouwei.hazard.campaign;

import java.util.List;

/**
 * Where a campaign applies: the district that launches it and the towns it covers.
 *
 * @param districtCode the district's administrative code, e.g. {@code 370406}
 * @param districtName the district's name, e.g. 山亭区
 * @param townCodes the towns the campaign covers, in the order given; never {@code null}
 */
public record CampaignJurisdiction(String districtCode, String districtName, List<String> townCodes) {

  public CampaignJurisdiction {
    townCodes = townCodes == null ? List.of() : List.copyOf(townCodes);
  }
}
