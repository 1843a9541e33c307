package id.go.tangerangkota.puspaga.report;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.INDONESIAN_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** For templates: {@code ${dates.format(programEndDate)}} prints "31 Maret 2027". */
public final class IndonesianDates {

  public String format(Object isoDate) {
    if (isoDate == null || isoDate.toString().isBlank()) {
      return "";
    }
    String text = isoDate.toString();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).format(INDONESIAN_DATE);
    } catch (DateTimeParseException e) {
      return text;
    }
  }
}
