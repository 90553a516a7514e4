package io.shouwei.reporting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The work report as CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese text
 * correctly. The layout is flat, one block after another: the title line, the scope and
 * generated-at lines, then for each table a line with its title, a line of column headings, its
 * rows, and an empty line. Counts and amounts are plain numbers (no thousands separators), rates
 * percentages such as {@code 76.92%}, days and times in Chinese convention.
 */
final class CsvReport {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvReport() {}

  static byte[] render(ReportLayout layout) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
      csv.printRecord(layout.title());
      for (String line : layout.lines()) {
        csv.printRecord(line);
      }
      for (ReportTable table : layout.tables()) {
        csv.println();
        csv.printRecord(table.title());
        csv.printRecord(table.columns().stream().map(ReportTable.Column::heading).toList());
        for (List<Object> row : table.rows()) {
          csv.printRecord(row.stream().map(value -> ChineseFormat.text(value, false)).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
