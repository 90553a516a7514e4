package io.shouwei.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.platform.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The campaign work report (工作报告) as JSON, CSV, XLSX, HTML or PDF. */
@RestController
@RequestMapping("/api/reports/campaigns")
class WorkReportController {

  private final WorkReportQueries reports;
  private final ReportFont font;
  private final ObjectMapper json;

  WorkReportController(WorkReportQueries reports, ReportFont font, ObjectMapper json) {
    this.reports = reports;
    this.font = font;
    this.json = json;
  }

  @Operation(
      summary = "The campaign's work report over the hazards and orders the caller may see",
      description =
          "In Chinese: the campaign's basic facts, its figures (as the summary's), the phases, a table per town,"
              + " the major hazards with their five items, orders and stop orders, overdue hazards, look-back results,"
              + " and the time of generation with the data's last event position. Scoped like the summary; the town"
              + " and enterprise filters narrow it further, and a filter outside the caller's scope finds nothing."
              + " json is the report model; csv is UTF-8 with a byte order mark, one block after another; xlsx has"
              + " one sheet per block; html is one printable self-contained page; pdf is A4 landscape with the CJK"
              + " font embedded.")
  @ApiResponse(responseCode = "200", description = "the report, with a Content-Disposition naming the campaign")
  @ApiResponse(responseCode = "400", description = "an unknown format")
  @ApiResponse(responseCode = "404", description = "no such campaign")
  @ApiResponse(responseCode = "503", description = "pdf only: the CJK font is not installed")
  @GetMapping("/{id}/work-report")
  ResponseEntity<byte[]> workReport(
      @PathVariable String id,
      @Parameter(description = "only this town's objects") @RequestParam(required = false) String town,
      @Parameter(description = "only this enterprise's objects") @RequestParam(required = false) String enterprise,
      @Parameter(description = "json (default), csv, xlsx, html or pdf") @RequestParam(required = false) String format) {
    ReportFormat as = ReportFormat.of(format);
    WorkReport report = reports.report(Callers.require(), id, blankToNull(town), blankToNull(enterprise));
    byte[] body = switch (as) {
      case JSON -> json(report);
      case CSV -> CsvReport.render(ReportLayout.of(report));
      case XLSX -> XlsxReport.render(ReportLayout.of(report));
      case HTML -> HtmlReport.render(ReportLayout.of(report));
      case PDF -> PdfReport.render(ReportLayout.of(report), font.require());
    };
    return ResponseEntity.ok()
        .contentType(as.mediaType)
        .header(HttpHeaders.CONTENT_DISPOSITION, ReportFileName.contentDisposition(report, as))
        .body(body);
  }

  private byte[] json(WorkReport report) {
    try {
      return json.writeValueAsBytes(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
