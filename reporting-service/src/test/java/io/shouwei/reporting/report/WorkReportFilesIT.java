package io.shouwei.reporting.report;

import static io.shouwei.reporting.RoleCallers.district;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shouwei.reporting.CampaignFixture;
import io.shouwei.reporting.SupervisionEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The work report's files over the {@link CampaignFixture}, read back as a person's tools would:
 * the XLSX with Apache POI (sheets, frozen headings, cell types and formats, figures), the PDF with
 * PDFBox (text extraction of the Chinese headings and figures, the font embedded), the CSV with
 * Commons CSV, the HTML as text.
 */
class WorkReportFilesIT {

  private static final String TITLE = "2026 spring non-coal mine hazard campaign工作报告";
  private static final List<String> HEADINGS =
      List.of("一、专项行动基本情况", "二、主要数据", "三、各阶段工作情况", "四、分乡镇情况", "五、重大事故隐患及“五落实”情况",
          "六、整改指令及停产整改情况", "七、逾期未整改隐患", "八、“回头看”情况");

  private static FixtureReports stores;
  private static WorkReport report;

  @BeforeAll
  static void start() {
    stores = new FixtureReports(new CampaignFixture("f"));
    report = stores.reports.report(district(), stores.fixture.campaign, null, null);
  }

  @AfterAll
  static void stop() {
    stores.close();
  }

  @Test
  void xlsx_hasASheetPerBlock_frozenHeadings_andTypedCells() throws IOException {
    byte[] file = XlsxReport.render(ReportLayout.of(report));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      List<String> sheets = new ArrayList<>();
      workbook.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("基本情况", "主要数据", "阶段", "分乡镇", "重大隐患", "整改指令", "逾期隐患", "回头看");

      Sheet basics = workbook.getSheet("基本情况");
      assertThat(basics.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE);
      assertThat(basics.getRow(2).getCell(0).getStringCellValue()).startsWith("生成时间：2026年6月15日 08:00（北京时间）");
      assertThat(basics.getRow(3).getCell(0).getStringCellValue()).isEqualTo("一、专项行动基本情况");
      assertThat(basics.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
      Cell due = valueOf(basics, "工作报告报送期限");
      assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
      assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
      assertThat(due.getLocalDateTimeCellValue()).isEqualTo(SupervisionEvents.REPORT_DUE.atStartOfDay());
      assertThat(valueOf(basics, "发布机关").getStringCellValue()).isEqualTo("District emergency bureau");

      Sheet figures = workbook.getSheet("主要数据");
      assertThat(figures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("二、主要数据");
      assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("项目");
      assertThat(figures.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(figures.getColumnWidth(0)).isEqualTo(30 * 256);
      assertNumber(valueOf(figures, "排查隐患总数"), 13, "0");
      assertNumber(valueOf(figures, "整改销号率"), 0.7692, "0.00%");
      assertNumber(valueOf(figures, "重大事故隐患整改率"), 0.6, "0.00%");
      assertNumber(valueOf(figures, "逾期未整改隐患"), 3, "0");
      assertNumber(valueOf(figures, "平均整改销号天数"), 5.95, "#,##0.00");
      assertNumber(valueOf(figures, "90%隐患整改销号天数（不超过）"), 12.5, "#,##0.00");
      assertNumber(valueOf(figures, "落实整改资金（元）"), 251100.90, "#,##0.00");
      assertNumber(valueOf(figures, "其中责令停产整改"), 4, "0");
      assertNumber(valueOf(figures, "回头看重新打开的隐患"), 2, "0");

      Sheet towns = workbook.getSheet("分乡镇");
      assertThat(towns.getRow(2).getCell(0).getStringCellValue()).isEqualTo(stores.fixture.t1);
      assertNumber(towns.getRow(2).getCell(1), 7, "0");
      assertNumber(towns.getRow(3).getCell(1), 6, "0");
      assertThat(towns.getRow(4).getCell(8).getCellType()).as("a rate of nothing is empty").isEqualTo(CellType.BLANK);

      Sheet major = workbook.getSheet("重大隐患");
      assertThat(cells(major.getRow(1))).contains("整改措施", "整改资金（元）", "资金来源", "整改期限", "责任人", "应急预案", "状态");
      assertThat(major.getLastRowNum()).isEqualTo(1 + 5);
      Row h2 = major.getRow(2);
      assertThat(h2.getCell(0).getStringCellValue()).isEqualTo("YH-" + stores.fixture.id("h2"));
      assertThat(h2.getCell(7).getStringCellValue()).isEqualTo("已落实整改方案");
      assertThat(h2.getCell(8).getStringCellValue()).isEqualTo("是");
      assertNumber(h2.getCell(10), 250000.55, "#,##0.00");
      assertThat(h2.getCell(12).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-04-01T08:00:00"));
      assertThat(h2.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\" hh:mm");

      assertThat(workbook.getSheet("整改指令").getLastRowNum()).isEqualTo(1 + 6);
      assertThat(workbook.getSheet("整改指令").getRow(2).getCell(1).getStringCellValue()).isEqualTo("责令停产整改");
      assertNumber(workbook.getSheet("逾期隐患").getRow(2).getCell(7), 75, "0");
      assertNumber(workbook.getSheet("回头看").getRow(3).getCell(5), 2, "0");
    }
  }

  @Test
  void pdf_readsBackWithTheChineseHeadingsAndFigures_andEmbedsItsFont() throws IOException {
    ReportFont font = new ReportFont(Path.of(ReportFont.DEFAULT_PATH));
    byte[] file = PdfReport.render(ReportLayout.of(report), font.require());

    try (PDDocument pdf = Loader.loadPDF(file)) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(TITLE).contains("生成时间：2026年6月15日 08:00（北京时间）");
      for (String heading : HEADINGS) {
        assertThat(text).contains(heading);
      }
      assertThat(text)
          .contains("排查隐患总数 13")
          .contains("整改销号率 76.92%")
          .contains("重大事故隐患整改率 60.00%")
          .contains("逾期未整改隐患 3")
          .contains("平均整改销号天数 5.95")
          .contains("落实整改资金（元） 251,100.90")
          .contains("工作报告报送期限 2026年7月10日")
          .contains("第 1 页");
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      assertThat(pdf.getPage(0).getRotation()).as("A4 turned to landscape").isEqualTo(90);
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, within(1f));
      List<PDFont> fonts = new ArrayList<>();
      for (var name : pdf.getPage(0).getResources().getFontNames()) {
        fonts.add(pdf.getPage(0).getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
    }
  }

  @Test
  void csv_isUtf8WithABom_oneBlockAfterAnother() throws IOException {
    byte[] file = CsvReport.render(ReportLayout.of(report));

    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    List<List<String>> rows = records.stream().map(r -> StreamSupport.stream(r.spliterator(), false).toList()).toList();
    assertThat(rows.get(0)).containsExactly(TITLE);
    for (String heading : HEADINGS) {
      int at = rows.indexOf(List.of(heading));
      assertThat(at).as(heading).isPositive();
      assertThat(rows.get(at - 1)).as("an empty line before " + heading).containsExactly("");
    }
    assertThat(rows).contains(List.of("排查隐患总数", "13"), List.of("整改销号率", "76.92%"),
        List.of("落实整改资金（元）", "251100.90"), List.of("工作报告报送期限", "2026年7月10日"));
    int towns = rows.indexOf(List.of("四、分乡镇情况"));
    assertThat(rows.get(towns + 1)).startsWith("乡镇", "隐患总数");
    assertThat(rows.get(towns + 2)).startsWith(stores.fixture.t1, "7");
    assertThat(rows.get(towns + 4)).startsWith(stores.fixture.t3, "0");
  }

  @Test
  void html_isPrintableAndSelfContained() {
    String html = new String(HtmlReport.render(ReportLayout.of(report)), StandardCharsets.UTF_8);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<meta charset=\"UTF-8\">")
        .contains("@page { size: A4 landscape;").contains("thead { display: table-header-group; }")
        .contains("<h1>" + TITLE + "</h1>");
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("url(")
        .doesNotContain("http");
    for (String heading : HEADINGS) {
      assertThat(html).contains("<h2>" + heading + "</h2>");
    }
    assertThat(html).contains("<td>排查隐患总数</td><td class=\"number\">13</td>")
        .contains("<td>整改销号率</td><td class=\"number\">76.92%</td>")
        .contains("<td>落实整改资金（元）</td><td class=\"number\">251,100.90</td>");
  }

  @Test
  void html_escapesWhatTheDataSays() {
    WorkReport.Campaign c = report.campaign();
    WorkReport hostile =
        new WorkReport(
            new WorkReport.Campaign(c.id(), "<script>alert(1)</script>", c.issuingOrganisation(), c.documentRef(),
                "a & b", c.districtName(), c.townCodes(), c.reportDueDate(), c.status(), c.concludedOn()),
            null, null, report.generatedAt(), report.dataPosition(), report.figures(), report.phases(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    String html = new String(HtmlReport.render(ReportLayout.of(hostile)), StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;工作报告")
        .contains("a &amp; b").contains("<td class=\"empty\" colspan=\"18\">无</td>");
  }

  private static Cell valueOf(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
        return row.getCell(1);
      }
    }
    throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
  }

  private static void assertNumber(Cell cell, double value, String format) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isCloseTo(value, within(1e-9));
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
  }

  private static List<String> cells(Row row) {
    List<String> values = new ArrayList<>();
    row.forEach(c -> values.add(c.getStringCellValue()));
    return values;
  }
}
