package io.shouwei.reporting.report;

import io.shouwei.reporting.query.CampaignFigures;
import io.shouwei.reporting.report.ReportTable.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The values of the report as text in Chinese convention: days as {@code 2022年11月6日}, times of
 * day in China Standard Time, amounts with thousands separators and two decimals, rates as
 * percentages with two decimals, yes and no as 是 and 否, nothing as an empty string.
 */
final class ChineseFormat {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA).withZone(CampaignFigures.DISTRICT_TIME);

  private ChineseFormat() {}

  /**
   * @param grouped thousands separators in amounts (for reading); plain digits otherwise (for a
   *     spreadsheet that parses the number)
   */
  static String text(Object value, boolean grouped) {
    if (value == null) {
      return "";
    } else if (value instanceof String s) {
      return s;
    } else if (value instanceof Long l) {
      return Long.toString(l);
    } else if (value instanceof BigDecimal d) {
      BigDecimal cents = d.setScale(2, RoundingMode.HALF_UP);
      return grouped ? amount().format(cents) : cents.toPlainString();
    } else if (value instanceof Percent p) {
      return p.fraction() == null ? "—" : p.fraction().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    } else if (value instanceof LocalDate day) {
      return DATE.format(day);
    } else if (value instanceof Instant at) {
      return DATE_TIME.format(at);
    } else if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    throw new IllegalArgumentException("not a report value: " + value.getClass());
  }

  private static DecimalFormat amount() {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.CHINA));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
