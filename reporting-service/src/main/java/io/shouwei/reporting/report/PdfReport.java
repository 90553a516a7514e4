package io.shouwei.reporting.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.shouwei.reporting.report.ReportTable.Percent;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The work report as a PDF (OpenPDF) on A4 landscape pages, set in the {@link ReportFont}, whose
 * used glyphs are embedded: the title, the scope and generated-at lines, then each table with its
 * headings repeated on every page it runs over, and the page number at the foot of each page.
 */
final class PdfReport {

  private static final float MARGIN = 36f;
  /** Tables wider than this many columns get a smaller type. */
  private static final int WIDE = 10;
  private static final Color HEADING_BACKGROUND = new Color(0xE6, 0xE6, 0xE6);

  private PdfReport() {}

  static byte[] render(ReportLayout layout, BaseFont font) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, bytes);
    writer.setPageEvent(new PageNumbers(new Font(font, 8)));
    document.addTitle(layout.title());
    document.open();
    Paragraph title = new Paragraph(layout.title(), new Font(font, 16, Font.BOLD));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(6);
    document.add(title);
    Font meta = new Font(font, 8, Font.NORMAL, Color.DARK_GRAY);
    for (String line : layout.lines()) {
      document.add(new Paragraph(line, meta));
    }
    for (ReportTable table : layout.tables()) {
      Paragraph heading = new Paragraph(table.title(), new Font(font, 12, Font.BOLD));
      heading.setSpacingBefore(12);
      heading.setSpacingAfter(4);
      document.add(heading);
      document.add(table(table, font));
    }
    document.close();
    return bytes.toByteArray();
  }

  private static PdfPTable table(ReportTable table, BaseFont font) {
    int columns = table.columns().size();
    float size = columns > WIDE ? 6.5f : 9f;
    Font headingFont = new Font(font, size, Font.BOLD);
    Font cellFont = new Font(font, size);
    PdfPTable pdf = new PdfPTable(columns);
    pdf.setWidthPercentage(100);
    pdf.setWidths(table.columns().stream().mapToInt(ReportTable.Column::width).toArray());
    pdf.setHeaderRows(1);
    for (ReportTable.Column column : table.columns()) {
      PdfPCell cell = new PdfPCell(new Phrase(column.heading(), headingFont));
      cell.setBackgroundColor(HEADING_BACKGROUND);
      pdf.addCell(cell);
    }
    if (table.rows().isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase("无", cellFont));
      none.setColspan(columns);
      none.setHorizontalAlignment(Element.ALIGN_CENTER);
      pdf.addCell(none);
    }
    for (List<Object> row : table.rows()) {
      for (Object value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(ChineseFormat.text(value, true), cellFont));
        if (value instanceof Long || value instanceof BigDecimal || value instanceof Percent) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        pdf.addCell(cell);
      }
    }
    return pdf;
  }

  /** 第 N 页 at the foot of every page. */
  private static final class PageNumbers extends PdfPageEventHelper {
    private final Font font;

    PageNumbers(Font font) {
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase("第 " + writer.getPageNumber() + " 页", font),
          (document.left() + document.right()) / 2, document.bottom() - 18, 0);
    }
  }
}
