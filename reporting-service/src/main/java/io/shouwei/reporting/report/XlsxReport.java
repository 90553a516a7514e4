package io.shouwei.reporting.report;

import io.shouwei.reporting.query.CampaignFigures;
import io.shouwei.reporting.report.ReportTable.Percent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The work report as an Excel workbook (Apache POI, XSSF): one sheet per table, the first also
 * carrying the report's title, scope and generated-at lines. Each sheet's rows above the data are
 * frozen; counts are whole numbers, amounts and days numbers with two decimals, rates percentages,
 * days dates and times date-times in Chinese format (times in China Standard Time); columns have
 * the layout's widths.
 */
final class XlsxReport {

  /** Excel counts a column's width in 1/256 of a character. */
  private static final int CHARACTER = 256;

  private XlsxReport() {}

  static byte[] render(ReportLayout layout) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      boolean first = true;
      for (ReportTable table : layout.tables()) {
        List<String> preamble = new ArrayList<>();
        if (first) {
          preamble.add(layout.title());
          preamble.addAll(layout.lines());
        }
        preamble.add(table.title());
        sheet(workbook.createSheet(table.sheetName()), preamble, table, styles);
        first = false;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, List<String> preamble, ReportTable table, Styles styles) {
    int r = 0;
    for (String line : preamble) {
      Cell cell = sheet.createRow(r++).createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(styles.title);
    }
    Row headings = sheet.createRow(r++);
    for (int c = 0; c < table.columns().size(); c++) {
      Cell cell = headings.createCell(c);
      cell.setCellValue(table.columns().get(c).heading());
      cell.setCellStyle(styles.heading);
      sheet.setColumnWidth(c, table.columns().get(c).width() * CHARACTER);
    }
    sheet.createFreezePane(0, r);
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        cell(row.createCell(c), values.get(c), styles);
      }
    }
  }

  private static void cell(Cell cell, Object value, Styles styles) {
    if (value == null) {
      cell.setCellStyle(styles.text);
    } else if (value instanceof Long count) {
      cell.setCellValue(count);
      cell.setCellStyle(styles.count);
    } else if (value instanceof BigDecimal amount) {
      cell.setCellValue(amount.doubleValue());
      cell.setCellStyle(styles.amount);
    } else if (value instanceof Percent rate) {
      if (rate.fraction() != null) {
        cell.setCellValue(rate.fraction().doubleValue());
      }
      cell.setCellStyle(styles.percent);
    } else if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(styles.date);
    } else if (value instanceof Instant at) {
      cell.setCellValue(at.atZone(CampaignFigures.DISTRICT_TIME).toLocalDateTime());
      cell.setCellStyle(styles.dateTime);
    } else {
      cell.setCellValue(ChineseFormat.text(value, true));
      cell.setCellStyle(styles.text);
    }
  }

  /** The workbook's cell styles, made once (a workbook holds at most 64,000). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle heading;
    final CellStyle text;
    final CellStyle count;
    final CellStyle amount;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      title = workbook.createCellStyle();
      title.setFont(bold);
      heading = bordered(workbook, "General");
      heading.setFont(bold);
      heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      heading.setWrapText(true);
      text = bordered(workbook, "@");
      text.setWrapText(true);
      count = bordered(workbook, "0");
      amount = bordered(workbook, "#,##0.00");
      percent = bordered(workbook, "0.00%");
      date = bordered(workbook, "yyyy\"年\"m\"月\"d\"日\"");
      dateTime = bordered(workbook, "yyyy\"年\"m\"月\"d\"日\" hh:mm");
    }

    private static CellStyle bordered(XSSFWorkbook workbook, String format) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
