package io.shouwei.reporting.report;

import com.lowagie.text.pdf.BaseFont;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The CJK font the PDF work report is set in, read once at startup from the file system: by default
 * WenQuanYi Micro Hei (文泉驿微米黑, Apache 2.0 or GPLv3), which Debian's {@code
 * fonts-wqy-microhei} package installs at {@value #DEFAULT_PATH}. No font is ever downloaded. The
 * font's subset is embedded in every PDF, so a reader needs no font of its own.
 *
 * <p>Without the font the service still starts (every other endpoint works), logs an error naming
 * the package, reports the {@code reportFont} health component DOWN, and answers a PDF request with
 * 503; the path can be changed with {@code shouwei.reports.pdf-font} (a TrueType font or
 * collection; of a collection the first font is taken).
 */
@Component("reportFont")
class ReportFont implements HealthIndicator {

  static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  static final String PACKAGE = "fonts-wqy-microhei";

  private static final Logger LOG = LoggerFactory.getLogger(ReportFont.class);

  private final Path path;
  private final BaseFont font;
  private final String problem;

  ReportFont(@Value("${shouwei.reports.pdf-font:" + DEFAULT_PATH + "}") Path path) {
    this.path = path;
    BaseFont loaded = null;
    String failure = null;
    if (!Files.isReadable(path)) {
      failure = "The CJK font of the PDF work report is missing at " + path + ": install the Debian package "
          + PACKAGE + " or set shouwei.reports.pdf-font.";
    } else {
      try {
        String name = path.toString().toLowerCase().endsWith(".ttc") ? path + ",0" : path.toString();
        loaded = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (Exception e) {
        failure = "The CJK font of the PDF work report at " + path + " cannot be read: " + e.getMessage();
      }
    }
    if (failure != null) {
      LOG.error(failure);
    }
    this.font = loaded;
    this.problem = failure;
  }

  /**
   * @throws ProblemException 503 when the font could not be loaded
   */
  BaseFont require() {
    if (font == null) {
      throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE, problem);
    }
    return font;
  }

  @Override
  public Health health() {
    return font == null
        ? Health.down().withDetail("path", path.toString()).withDetail("package", PACKAGE).withDetail("error", problem).build()
        : Health.up().withDetail("path", path.toString()).withDetail("font", font.getPostscriptFontName()).build();
  }
}
