package id.go.tangerangkota.puspaga.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the Ketua picks it: a month ({@code 2026-11}), a semester ({@code 2026-S2})
 * or a year ({@code 2026}); from its first day up to, not including, {@code end}.
 */
public record CompliancePeriod(String code, String label, LocalDate start, LocalDate end) {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public static CompliancePeriod month(YearMonth month) {
    return new CompliancePeriod(month.toString(),
        month.getMonth().getDisplayName(TextStyle.FULL, INDONESIAN) + " " + month.getYear(),
        month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /** Parses a period's code; an {@link IllegalArgumentException} says in Indonesian what is accepted. */
  public static CompliancePeriod parse(String code, LocalDate today) {
    if (code == null || code.isBlank()) {
      return month(YearMonth.from(today));
    }
    String text = code.strip().toUpperCase(Locale.ROOT);
    Matcher matcher = MONTH.matcher(text);
    if (matcher.matches() && Integer.parseInt(matcher.group(2)) >= 1 && Integer.parseInt(matcher.group(2)) <= 12) {
      return month(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }
    matcher = SEMESTER.matcher(text);
    if (matcher.matches()) {
      int year = Integer.parseInt(matcher.group(1));
      boolean first = matcher.group(2).equals("1");
      LocalDate start = LocalDate.of(year, first ? 1 : 7, 1);
      return new CompliancePeriod(year + "-S" + matcher.group(2), "Semester " + (first ? "I" : "II") + " " + year,
          start, start.plusMonths(6));
    }
    matcher = YEAR.matcher(text);
    if (matcher.matches()) {
      int year = Integer.parseInt(matcher.group(1));
      return new CompliancePeriod(String.valueOf(year), "Tahun " + year, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
    throw new IllegalArgumentException("Periode \"" + code + "\" tidak dikenal. Pilih bulan (2026-11), semester (2026-S2)"
        + " atau tahun (2026).");
  }

  /** The last day of the period. */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }
}
