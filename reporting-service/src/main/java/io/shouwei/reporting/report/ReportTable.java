package io.shouwei.reporting.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One block of the work report as a table, the form every file format renders: a title, the
 * columns, and rows of typed values. A value's Java type says what it is, and each format shows it
 * its own way: {@link String} text, {@link Long} a count, {@link BigDecimal} an amount or a number
 * of days, {@link Percent} a rate, {@link java.time.LocalDate} a day, {@link java.time.Instant} a
 * time (shown in China Standard Time), {@link Boolean} yes or no, {@code null} nothing.
 *
 * @param sheetName a short name for a spreadsheet tab (at most 31 characters)
 */
record ReportTable(String title, String sheetName, List<Column> columns, List<List<Object>> rows) {

  ReportTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * A column.
   *
   * @param width the width in characters a spreadsheet or page gives it
   */
  record Column(String heading, int width) {}

  /** A rate as a fraction from 0 to 1, shown as a percentage. */
  record Percent(BigDecimal fraction) {}
}
