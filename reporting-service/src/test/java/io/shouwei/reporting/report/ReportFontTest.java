package io.shouwei.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.platform.web.ProblemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;

/** The PDF font from Debian's package, and what a missing one does to health and to a PDF request. */
class ReportFontTest {

  @Test
  void theDebianFont_loads_andIsHealthy() {
    ReportFont font = new ReportFont(Path.of(ReportFont.DEFAULT_PATH));

    assertThat(font.require().getPostscriptFontName()).contains("WenQuanYi");
    assertThat(font.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aMissingFont_isDown_namingThePackage_andAPdfIs503(@TempDir Path dir) {
    ReportFont font = new ReportFont(dir.resolve("missing.ttc"));

    assertThat(font.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(font.health().getDetails()).containsEntry("package", "fonts-wqy-microhei");
    assertThatThrownBy(font::require)
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
          assertThat(e.getBody().getDetail()).contains("fonts-wqy-microhei").contains("missing.ttc");
        });
  }
}
