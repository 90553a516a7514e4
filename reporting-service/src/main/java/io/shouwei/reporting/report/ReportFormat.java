package io.shouwei.reporting.report;

import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The files the work report comes as: their media type, file extension, and whether a browser shows them inline. */
enum ReportFormat {
  JSON(MediaType.APPLICATION_JSON, "json", true),
  CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv", false),
  XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx", false),
  HTML(new MediaType("text", "html", StandardCharsets.UTF_8), "html", true),
  PDF(MediaType.APPLICATION_PDF, "pdf", false);

  final MediaType mediaType;
  final String extension;
  final boolean inline;

  ReportFormat(MediaType mediaType, String extension, boolean inline) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.inline = inline;
  }

  /**
   * The format a request names, {@link #JSON} when it names none.
   *
   * @throws ProblemException 400 naming the {@code format} parameter for any other value
   */
  static ReportFormat of(String name) {
    if (name == null || name.isBlank()) {
      return JSON;
    }
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> {
          ProblemException problem = ProblemException.invalid("The work report has no format '" + name + "'.");
          problem.getBody().setProperty("errors",
              List.of(new FieldProblem("format", "must be one of json, csv, xlsx, html, pdf")));
          return problem;
        });
  }
}
