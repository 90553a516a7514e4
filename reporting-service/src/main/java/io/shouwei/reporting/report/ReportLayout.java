package io.shouwei.reporting.report;

import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.query.CampaignSummaryResponse.HazardFigures;
import io.shouwei.reporting.query.CampaignSummaryResponse.PhaseFigures;
import io.shouwei.reporting.report.ReportTable.Column;
import io.shouwei.reporting.report.ReportTable.Percent;
import io.shouwei.reporting.report.WorkReport.Figures;
import io.shouwei.reporting.report.WorkReport.MajorHazard;
import io.shouwei.reporting.report.WorkReport.OrderRow;
import io.shouwei.reporting.report.WorkReport.OverdueRow;
import io.shouwei.reporting.report.WorkReport.ReopenedRow;
import io.shouwei.reporting.report.WorkReport.TownRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The work report laid out for reading: a title, the lines under it, and its blocks as tables in
 * the order of the report (basic facts, main figures, phases, towns, major hazards, orders, overdue
 * hazards, look-back results). CSV, XLSX, HTML and PDF all render this one layout.
 */
record ReportLayout(String title, List<String> lines, List<ReportTable> tables) {

  static final String SUFFIX = "工作报告";

  static ReportLayout of(WorkReport report) {
    return new ReportLayout(
        report.campaign().name() + SUFFIX,
        List.of(scopeLine(report), generatedLine(report)),
        List.of(basics(report), figures(report.figures()), phases(report.phases()), towns(report.towns()),
            majorHazards(report.majorHazards()), orders(report.orders()), overdue(report.overdue()),
            reopened(report.reopened())));
  }

  private static String scopeLine(WorkReport report) {
    List<String> filters = new ArrayList<>();
    if (report.town() != null) {
      filters.add("乡镇 " + report.town());
    }
    if (report.enterprise() != null) {
      filters.add("企业 " + report.enterprise());
    }
    return "统计范围：" + (filters.isEmpty() ? "本账号职责范围内的全部对象" : String.join("，", filters) + "（限本账号职责范围）");
  }

  /** The time of the question and the data's last event position, as {@link WorkReport.DataPosition} explains it. */
  static String generatedLine(WorkReport report) {
    WorkReport.DataPosition position = report.dataPosition();
    return "生成时间：" + ChineseFormat.text(report.generatedAt(), true) + "（北京时间）；数据截至：最后事件发生于 "
        + (position.lastEventAt() == null ? "—" : ChineseFormat.text(position.lastEventAt(), true))
        + "，共反映 " + position.events() + " 个事件（" + position.documents() + " 份读模型文档）";
  }

  private static ReportTable basics(WorkReport report) {
    WorkReport.Campaign c = report.campaign();
    return keyValues("一、专项行动基本情况", "基本情况", List.of(
        row("专项行动名称", c.name()),
        row("发布机关", c.issuingOrganisation()),
        row("文号", c.documentRef()),
        row("依据", c.legalBasis()),
        row("辖区", c.districtName()),
        row("覆盖乡镇", String.join("、", c.townCodes())),
        row("工作报告报送期限", c.reportDueDate()),
        row("行动状态", Labels.of(c.status())),
        row("结束日期", c.concludedOn())));
  }

  private static ReportTable figures(Figures f) {
    HazardFigures t = f.totals();
    return keyValues("二、主要数据", "主要数据", List.of(
        row("排查隐患总数", t.total()),
        row("已整改销号", t.signedOff()),
        row("整改销号率", new Percent(t.closureRate())),
        row("重大事故隐患", t.major()),
        row("重大事故隐患已销号", t.majorSignedOff()),
        row("重大事故隐患整改率", new Percent(t.majorClosureRate())),
        row("逾期未整改隐患", t.overdue()),
        row("已销号隐患数（用于时长统计）", f.daysToSignOff().count()),
        row("平均整改销号天数", f.daysToSignOff().averageDays()),
        row("90%隐患整改销号天数（不超过）", f.daysToSignOff().p90Days()),
        row("落实整改资金（元）", f.funds().totalCny()),
        row("列明资金的整改方案", f.funds().hazardsWithFunds()),
        row("下达整改指令", f.orders().issued()),
        row("其中责令停产整改", f.orders().stopOrders()),
        row("现停产执行中的指令", f.orders().stoppingNow()),
        row("现停产矿山", f.orders().minesStoppedNow()),
        row("批准复产", f.orders().resumptionsApproved()),
        row("限期整改已完成", f.orders().fulfilled()),
        row("回头看重新打开的隐患", f.lookBack().hazardsReopened()),
        row("重新打开次数", f.lookBack().reopenings()),
        row("重新打开后仍未销号", f.lookBack().reopenedStillOpen()),
        row("重新打开后再次销号", f.lookBack().reopenedSignedOffAgain()),
        row("回头看新发现隐患", f.lookBack().foundOnRevisit())));
  }

  private static ReportTable phases(List<PhaseFigures> phases) {
    return new ReportTable("三、各阶段工作情况", "阶段",
        columns("阶段", 12, "名称", 16, "开始日期", 16, "结束日期", 16, "上报隐患", 10, "整改销号", 10, "下达指令", 10),
        phases.stream()
            .map(p -> values(Labels.of(p.kind()), p.name(), p.startDate(), p.endDate(), p.hazardsReported(),
                p.hazardsSignedOff(), p.ordersIssued()))
            .toList());
  }

  private static ReportTable towns(List<TownRow> towns) {
    return new ReportTable("四、分乡镇情况", "分乡镇",
        columns("乡镇", 16, "隐患总数", 10, "已上报", 8, "已落实方案", 10, "整改中", 8, "待验收", 8, "已销号", 8,
            "重新打开", 8, "销号率", 10, "重大隐患", 10, "重大已销号", 10, "重大整改率", 10, "逾期", 8,
            "整改资金（元）", 16, "下达指令", 10, "停产整改指令", 12),
        towns.stream()
            .map(t -> {
              HazardFigures h = t.hazards();
              return values(t.townCode(), h.total(), h.byStatus().get(HazardStatus.REPORTED),
                  h.byStatus().get(HazardStatus.PLANNED), h.byStatus().get(HazardStatus.RECTIFYING),
                  h.byStatus().get(HazardStatus.SUBMITTED), h.byStatus().get(HazardStatus.SIGNED_OFF),
                  h.byStatus().get(HazardStatus.REOPENED), new Percent(h.closureRate()), h.major(), h.majorSignedOff(),
                  new Percent(h.majorClosureRate()), h.overdue(), t.fundsCny(), t.ordersIssued(), t.stopOrders());
            })
            .toList());
  }

  private static ReportTable majorHazards(List<MajorHazard> hazards) {
    return new ReportTable("五、重大事故隐患及“五落实”情况", "重大隐患",
        columns("隐患编号", 26, "隐患名称", 20, "矿山", 16, "企业", 16, "乡镇", 12, "来源", 12, "上报时间", 20,
            "状态", 14, "是否逾期", 8, "整改措施", 30, "整改资金（元）", 14, "资金来源", 14, "整改期限", 20,
            "责任人", 10, "责任职务", 10, "责任单位", 14, "应急预案", 20, "销号时间", 20),
        hazards.stream()
            .map(h -> values(h.number(), h.title(), h.mineName(), h.enterpriseName(), h.townCode(), Labels.of(h.source()),
                h.reportedAt(), Labels.of(h.status()), h.overdue(), String.join("；", h.measures()), h.fundsCny(),
                h.fundsSource(), h.deadline(), h.responsiblePerson(), h.responsiblePosition(), h.responsibleUnit(),
                h.contingencySummary(), h.signedOffAt()))
            .toList());
  }

  private static ReportTable orders(List<OrderRow> orders) {
    return new ReportTable("六、整改指令及停产整改情况", "整改指令",
        columns("指令编号", 26, "类型", 14, "状态", 12, "矿山", 16, "乡镇", 12, "下达时间", 20, "整改期限", 20,
            "停产生效时间", 20, "现停产", 8, "关闭时间", 20, "涉及隐患", 8, "依据", 20),
        orders.stream()
            .map(o -> values(o.number(), Labels.of(o.type()), Labels.of(o.status()), o.mineName(), o.townCode(),
                o.issuedAt(), o.deadline(), o.stopTookEffectAt(), o.stopsItsMineNow(), o.closedAt(),
                (long) o.citedHazards(), o.legalBasis()))
            .toList());
  }

  private static ReportTable overdue(List<OverdueRow> overdue) {
    return new ReportTable("七、逾期未整改隐患", "逾期隐患",
        columns("隐患编号", 26, "隐患名称", 20, "矿山", 16, "乡镇", 12, "等级", 14, "状态", 14, "整改期限", 20, "逾期天数", 10),
        overdue.stream()
            .map(h -> values(h.number(), h.title(), h.mineName(), h.townCode(), Labels.of(h.level()), Labels.of(h.status()),
                h.deadline(), h.daysOverdue()))
            .toList());
  }

  private static ReportTable reopened(List<ReopenedRow> reopened) {
    return new ReportTable("八、“回头看”情况", "回头看",
        columns("隐患编号", 26, "隐患名称", 20, "矿山", 16, "乡镇", 12, "等级", 14, "重新打开次数", 12, "当前状态", 14,
            "销号时间", 20),
        reopened.stream()
            .map(h -> values(h.number(), h.title(), h.mineName(), h.townCode(), Labels.of(h.level()),
                (long) h.timesReopened(), Labels.of(h.status()), h.signedOffAt()))
            .toList());
  }

  private static ReportTable keyValues(String title, String sheetName, List<List<Object>> rows) {
    return new ReportTable(title, sheetName, columns("项目", 30, "内容", 40), rows);
  }

  private static List<Object> row(String label, Object value) {
    return values(label, value);
  }

  /** The values of one row; {@link Arrays#asList} keeps the {@code null}s of empty cells. */
  private static List<Object> values(Object... values) {
    return Arrays.asList(values);
  }

  /** Columns from pairs of heading and width. */
  private static List<Column> columns(Object... headingsAndWidths) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < headingsAndWidths.length; i += 2) {
      columns.add(new Column((String) headingsAndWidths[i], (Integer) headingsAndWidths[i + 1]));
    }
    return columns;
  }
}
