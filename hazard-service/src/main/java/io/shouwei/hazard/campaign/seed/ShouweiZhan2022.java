package io.shouwei.hazard.campaign.seed;

import io.shouwei.hazard.campaign.CampaignJurisdiction;
import io.shouwei.hazard.campaign.Phase;
import io.shouwei.hazard.campaign.PhaseKind;
import io.shouwei.hazard.campaign.api.LaunchCampaignCommand;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The 2022 守卫战 of Shanting District (山亭区应急管理局, notice of 7 September 2022), as demo data:
 * mobilisation before 10 September, the concentrated push from 10 September to the close of the
 * 20th Party Congress (22 October 2022), summary and consolidation within 15 days after the close,
 * and the work report due within 15 days of the end (6 November 2022).
 *
 * <p>The towns are the demo's town codes: {@code 370406001} (the README's tour) and
 * {@code 370406002}, continued to the district's ten town-level divisions ({@code 370406001} to
 * {@code 370406010}); they are the demo's numbering, not official statistical codes.
 */
public final class ShouweiZhan2022 {

  /** A fixed id, the same on every start: a name-based UUID of the campaign's key. */
  public static final String CAMPAIGN_ID =
      UUID.nameUUIDFromBytes("shouwei:campaign:370406:2022-shouweizhan".getBytes(StandardCharsets.UTF_8)).toString();

  public static final List<String> TOWN_CODES =
      IntStream.rangeClosed(1, 10).mapToObj(n -> "370406%03d".formatted(n)).toList();

  private ShouweiZhan2022() {}

  /** The launch of the campaign under {@link #CAMPAIGN_ID}. */
  public static LaunchCampaignCommand launch() {
    return new LaunchCampaignCommand(
        CAMPAIGN_ID,
        "迎接党的二十大全区非煤矿山安全“守卫战”",
        new CampaignJurisdiction("370406", "枣庄市山亭区", TOWN_CODES),
        List.of(
            new Phase(PhaseKind.MOBILISATION, "动员部署阶段", LocalDate.of(2022, 9, 7), LocalDate.of(2022, 9, 9)),
            new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进阶段", LocalDate.of(2022, 9, 10), LocalDate.of(2022, 10, 22)),
            new Phase(PhaseKind.SUMMARY, "总结巩固阶段", LocalDate.of(2022, 10, 23), LocalDate.of(2022, 11, 6))),
        LocalDate.of(2022, 11, 6),
        "矿安鲁〔2022〕83号；《迎接党的二十大全市非煤矿山安全“守卫战”工作方案》（枣应急发〔2022〕52号）",
        "关于印发《迎接党的二十大全区非煤矿山安全“守卫战”工作方案》的通知（2022年9月7日）",
        "枣庄市山亭区应急管理局");
  }
}
