package id.go.tangerangkota.puspaga.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as staff read them ("28 November 2026") and the one reading of a date out of a process
 * variable. For templates: {@code ${dates.format(programEndDate)}} prints "31 Maret 2027".
 */
public final class IndonesianDates {

  /** Dates as staff read them: "28 November 2026". */
  public static final DateTimeFormatter INDONESIAN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  /** A moment as a limit counted in hours is told: "Senin, 14 Desember 2026 pukul 15.00 WIB". */
  public static String moment(java.time.Instant instant, ZoneId zone) {
    return MOMENT.format(instant.atZone(zone)) + " WIB";
  }

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", Locale.forLanguageTag("id-ID"));

  /** Templates print ISO text; a Date among them is read on the default calendar's clock. */
  private static final ZoneId TEMPLATE_ZONE = ZoneId.of("Asia/Jakarta");

  /**
   * The day a date variable names: a LocalDate, a Date (the day it is in {@code zone}, the office
   * calendar's), or ISO text with
   * or without a time ("2026-12-31", "2026-12-31T00:00:00", as Tasklist's date pickers may send).
   * Empty when unset or blank.
   *
   * @throws DateTimeException when the value is not a date
   */
  public static Optional<LocalDate> day(Object value, ZoneId zone) {
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    if (value instanceof LocalDate date) {
      return Optional.of(date);
    }
    if (value instanceof Date date) {
      return Optional.of(date.toInstant().atZone(zone).toLocalDate());
    }
    String text = value.toString().strip();
    return Optional.of(LocalDate.parse(text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ') ? text.substring(0, 10) : text));
  }

  /** The date in words, or the value as it is when it is not a date. */
  public String format(Object isoDate) {
    try {
      return day(isoDate, TEMPLATE_ZONE).map(INDONESIAN_DATE::format).orElse("");
    } catch (DateTimeException e) {
      return isoDate.toString();
    }
  }
}
