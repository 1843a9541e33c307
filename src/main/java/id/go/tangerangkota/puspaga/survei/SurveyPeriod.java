package id.go.tangerangkota.puspaga.survei;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the survey is reported for: a year ({@code 2026}), a semester ({@code 2026-S2}, as the
 * regulation's six-monthly survey) or a month ({@code 2026-11}). Answers count for the month of the
 * service they answer for, not the day they were given.
 */
public record SurveyPeriod(String key, String label, YearMonth first, YearMonth last) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember"};

  public static SurveyPeriod year(int year) {
    return new SurveyPeriod(String.valueOf(year), "Tahun " + year, YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  public static SurveyPeriod semester(int year, int half) {
    return new SurveyPeriod(year + "-S" + half, "Semester " + (half == 1 ? "I" : "II") + " " + year,
        YearMonth.of(year, half == 1 ? 1 : 7), YearMonth.of(year, half == 1 ? 6 : 12));
  }

  public static SurveyPeriod month(YearMonth month) {
    return new SurveyPeriod(month.toString(), monthLabel(month), month, month);
  }

  /** The semester a day falls in. */
  public static SurveyPeriod semesterOf(LocalDate day) {
    return semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  /**
   * @throws IllegalArgumentException with an Indonesian message that says how to write a period
   */
  public static SurveyPeriod parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    Matcher matcher;
    if ((matcher = YEAR.matcher(value)).matches()) {
      return year(Integer.parseInt(matcher.group(1)));
    }
    if ((matcher = SEMESTER.matcher(value)).matches()) {
      return semester(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
    if ((matcher = MONTH.matcher(value)).matches() && Integer.parseInt(matcher.group(2)) >= 1
        && Integer.parseInt(matcher.group(2)) <= 12) {
      return month(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }
    throw new IllegalArgumentException("Periode \"" + (text == null ? "" : text.strip()) + "\" tidak dikenal. Tulis tahun"
        + " (2026), semester (2026-S1 atau 2026-S2) atau bulan (2026-11).");
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  public static String monthLabel(YearMonth month) {
    return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }
}
