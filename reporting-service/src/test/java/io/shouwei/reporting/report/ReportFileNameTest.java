package io.shouwei.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RFC 5987 file name of the Content-Disposition, and the names of the formats. */
class ReportFileNameTest {

  @Test
  void rfc5987_keepsAttrCharsAndPercentEncodesUtf8() {
    assertThat(ReportFileName.rfc5987("a-b_c.xlsx")).isEqualTo("a-b_c.xlsx");
    assertThat(ReportFileName.rfc5987("工作 报告(1)")).isEqualTo("%E5%B7%A5%E4%BD%9C%20%E6%8A%A5%E5%91%8A%281%29");
  }

  @Test
  void format_parsesTheKnownNames_andJsonByDefault() {
    assertThat(ReportFormat.of(null)).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.of(" XLSX ")).isEqualTo(ReportFormat.XLSX);
    assertThat(ReportFormat.of("pdf").mediaType.toString()).isEqualTo("application/pdf");
  }
}
