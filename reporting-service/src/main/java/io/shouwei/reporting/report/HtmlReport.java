package io.shouwei.reporting.report;

import io.shouwei.reporting.report.ReportTable.Percent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The work report as one self-contained, printable HTML page: no script, no external style sheet,
 * font or image; a print style sheet sets A4 landscape pages, repeats each table's headings on
 * every page and keeps rows from breaking across pages. Every value is HTML-escaped.
 */
final class HtmlReport {

  private static final String STYLE =
      """
      @page { size: A4 landscape; margin: 15mm 12mm; }
      body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
             font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 273mm; }
      h1 { font-size: 18pt; text-align: center; margin: 0 0 6pt; }
      p.meta { margin: 0 0 3pt; font-size: 9pt; color: #333; }
      h2 { font-size: 13pt; margin: 14pt 0 5pt; break-after: avoid; page-break-after: avoid; }
      table { border-collapse: collapse; width: 100%; font-size: 9pt; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      th, td { border: 0.5pt solid #555; padding: 2pt 4pt; vertical-align: top; }
      th { background: #e6e6e6; font-weight: bold; }
      td.number { text-align: right; white-space: nowrap; }
      td.empty { text-align: center; color: #777; }
      @media print { body { max-width: none; } }
      """;

  private HtmlReport() {}

  /** Escapes what must be in a UTF-8 page ({@code <>&"'}), leaving Chinese text and punctuation as they are. */
  private static String htmlEscape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }

  static byte[] render(ReportLayout layout) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
        .append(htmlEscape(layout.title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(htmlEscape(layout.title()))
        .append("</h1>\n");
    for (String line : layout.lines()) {
      html.append("<p class=\"meta\">").append(htmlEscape(line)).append("</p>\n");
    }
    for (ReportTable table : layout.tables()) {
      html.append("<h2>").append(htmlEscape(table.title())).append("</h2>\n<table>\n<thead><tr>");
      for (ReportTable.Column column : table.columns()) {
        html.append("<th>").append(htmlEscape(column.heading())).append("</th>");
      }
      html.append("</tr></thead>\n<tbody>\n");
      if (table.rows().isEmpty()) {
        html.append("<tr><td class=\"empty\" colspan=\"").append(table.columns().size()).append("\">无</td></tr>\n");
      }
      for (List<Object> row : table.rows()) {
        html.append("<tr>");
        for (Object value : row) {
          boolean number = value instanceof Long || value instanceof BigDecimal || value instanceof Percent;
          html.append(number ? "<td class=\"number\">" : "<td>")
              .append(htmlEscape(ChineseFormat.text(value, true)))
              .append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }
}
