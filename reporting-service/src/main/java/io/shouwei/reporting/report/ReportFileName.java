package io.shouwei.reporting.report;

import java.nio.charset.StandardCharsets;

/**
 * The file name of a work report: the campaign's name, 工作报告, the town filter if any, and the
 * format's extension. The {@code Content-Disposition} carries it RFC 5987-encoded in {@code
 * filename*}, with an ASCII {@code filename} of the campaign id for clients that know no better.
 */
final class ReportFileName {

  /** Characters no file system takes in a name, and controls. */
  private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

  private ReportFileName() {}

  static String of(WorkReport report, ReportFormat format) {
    String name = report.campaign().name() + ReportLayout.SUFFIX + (report.town() == null ? "" : "-" + report.town());
    return name.replaceAll(UNSAFE, "_") + "." + format.extension;
  }

  static String contentDisposition(WorkReport report, ReportFormat format) {
    String ascii = ("work-report-" + report.campaign().id()).replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension;
    return (format.inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + rfc5987(of(report, format));
  }

  /** Percent-encodes the UTF-8 bytes of {@code value} except RFC 5987's attr-char. */
  static String rfc5987(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }
}
