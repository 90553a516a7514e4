package io.shouwei.contracts.campaign;

import java.util.List;

/**
 * Where a campaign applies.
 *
 * @param districtCode the launching district's administrative code
 * @param townCodes the towns the campaign covers, at least one
 */
public record CampaignJurisdiction(String districtCode, String districtName, List<String> townCodes) {}
