package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The SOP's rules for a work program, checked on the server whatever client submitted it. Every
 * message tells a PUSPAGA staff member, in Indonesian, what to fix.
 */
@Component
public class WorkProgramRules {

  static final int MAX_PROGRAM_MONTHS = 6;
  /** About two activities a week over the longest program (six months); the form says so. */
  public static final int MAX_ACTIVITIES = 50;
  public static final int MAX_ACTIVITY_TITLE = 200;

  private final Clock clock;
  private final WorkingDayCalendar calendar;

  public WorkProgramRules(Clock clock, WorkingDayCalendar calendar) {
    this.clock = clock;
    this.calendar = calendar;
  }

  /** A date as the office writes it: day/month/year with a four-digit year (also with "." or "-"). */
  private static final java.util.regex.Pattern TYPED_DATE =
      java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

  public LocalDate today() {
    return LocalDate.now(clock.withZone(calendar.zone()));
  }

  /** The office's date of an instant (Asia/Jakarta). */
  public LocalDate dateOf(java.util.Date instant) {
    return instant.toInstant().atZone(calendar.zone()).toLocalDate();
  }

  /** programEndDate: an ISO date, not in the past, at most six months from today. */
  public LocalDate programEndDate(Object submitted) {
    LocalDate end = isoDate(submitted, "Tanggal berakhirnya program (programEndDate)");
    LocalDate today = today();
    if (end.isBefore(today)) {
      throw new SubmissionRejectedException(
          "Tanggal berakhirnya program (" + end.format(INDONESIAN_DATE) + ") sudah lewat. "
              + "Isi tanggal mulai hari ini (" + today.format(INDONESIAN_DATE) + ").");
    }
    LocalDate latest = today.plusMonths(MAX_PROGRAM_MONTHS);
    if (end.isAfter(latest)) {
      throw new SubmissionRejectedException(
          "Periode program paling lama 6 bulan: tanggal berakhirnya program paling lambat "
              + latest.format(INDONESIAN_DATE) + ", bukan " + end.format(INDONESIAN_DATE) + ".");
    }
    return end;
  }

  /** activities: a non-empty list, each with a title and a date within the program. */
  public List<PlannedActivity> activities(Object submitted, LocalDate programEnd) {
    List<SpinJsonNode> items = jsonArray(submitted);
    if (items.isEmpty()) {
      throw new SubmissionRejectedException(
          "Rencana kegiatan (activities) tidak boleh kosong: isi minimal satu kegiatan beserta tanggalnya.");
    }
    if (items.size() > MAX_ACTIVITIES) {
      throw new SubmissionRejectedException("Rencana kegiatan (activities) paling banyak " + MAX_ACTIVITIES
          + " kegiatan untuk satu program kerja (periode paling lama 6 bulan), sedangkan yang diajukan " + items.size()
          + " kegiatan. Gabungkan kegiatan yang sejenis atau ajukan program kerja terpisah.");
    }
    LocalDate today = today();
    List<PlannedActivity> activities = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String label = "Kegiatan ke-" + (i + 1);
      SpinJsonNode item = items.get(i);
      if (!item.isObject()) {
        throw new SubmissionRejectedException(label + " harus berisi nama (title) dan tanggal (date).");
      }
      String title = item.hasProp("title") && item.prop("title").isString() ? item.prop("title").stringValue().strip() : "";
      if (title.isEmpty()) {
        throw new SubmissionRejectedException(label + ": nama kegiatan (title) wajib diisi.");
      }
      if (title.length() > MAX_ACTIVITY_TITLE) {
        throw new SubmissionRejectedException(label + ": nama kegiatan (title) paling banyak " + MAX_ACTIVITY_TITLE
            + " karakter, sedangkan isian Anda " + title.length() + " karakter.");
      }
      Object date = item.hasProp("date") && item.prop("date").isString() ? item.prop("date").stringValue() : null;
      LocalDate day = isoDate(date, label + " (" + title + "): tanggal (date)");
      if (day.isBefore(today) || day.isAfter(programEnd)) {
        throw new SubmissionRejectedException(
            label + " (" + title + ") bertanggal " + day.format(INDONESIAN_DATE)
                + ", di luar periode program. Isi tanggal antara " + today.format(INDONESIAN_DATE)
                + " dan " + programEnd.format(INDONESIAN_DATE) + ".");
      }
      activities.add(new PlannedActivity(title, day));
    }
    activities.sort(Comparator.comparing(PlannedActivity::date));
    return activities;
  }

  /** At approval the program must still end in the future and within six months of approval. */
  public void checkApprovable(Object programEndDate) {
    LocalDate end = isoDate(programEndDate, "Tanggal berakhirnya program (programEndDate)");
    LocalDate today = today();
    LocalDate latest = today.plusMonths(MAX_PROGRAM_MONTHS);
    if (end.isBefore(today) || end.isAfter(latest)) {
      throw new SubmissionRejectedException(
          "Program kerja tidak dapat disetujui: periode program harus berakhir antara hari ini dan "
              + latest.format(INDONESIAN_DATE) + " (paling lama 6 bulan setelah persetujuan), sedangkan "
              + "tanggal berakhirnya " + end.format(INDONESIAN_DATE) + ". Kembalikan untuk direvisi.");
    }
  }

  public static String toJson(List<PlannedActivity> activities) {
    List<Map<String, String>> items =
        activities.stream().map(a -> Map.of("title", a.title(), "date", a.date().toString())).toList();
    return Spin.JSON(items).toString();
  }

  public static String summary(List<PlannedActivity> activities) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < activities.size(); i++) {
      PlannedActivity activity = activities.get(i);
      text.append(i + 1).append(". ").append(activity.title()).append(" - ")
          .append(activity.date().format(INDONESIAN_DATE)).append('\n');
    }
    return text.toString().strip();
  }

  LocalDate isoDate(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      throw new SubmissionRejectedException(field + " wajib diisi.");
    }
    String text = value.toString().strip();
    java.util.regex.Matcher typed = TYPED_DATE.matcher(text);
    try {
      if (typed.matches()) {
        // Typed by a person as the office writes dates, day first, whatever the browser's language.
        return LocalDate.of(Integer.parseInt(typed.group(3)), Integer.parseInt(typed.group(2)),
            Integer.parseInt(typed.group(1)));
      }
      // A REST client may send a Date variable; the office calendar decides which day it is.
      return IndonesianDates.day(value, calendar.zone()).orElseThrow();
    } catch (java.time.DateTimeException e) {
      if (typed.matches()) {
        throw new SubmissionRejectedException(field + " \"" + text + "\" tidak ada di kalender: tulis tanggal/bulan/tahun"
            + " (HH/BB/TTTT), dengan bulan 1 sampai 12, misalnya 31/12/2026 untuk 31 Desember 2026.");
      }
      throw new SubmissionRejectedException(field + " harus ditulis tanggal/bulan/tahun (HH/BB/TTTT), misalnya 31/12/2026"
          + " untuk 31 Desember 2026, bukan \"" + text + "\".");
    }
  }

  private static List<SpinJsonNode> jsonArray(Object submitted) {
    if (submitted == null) {
      return List.of();
    }
    SpinJsonNode node;
    try {
      node = submitted instanceof SpinJsonNode json ? json : Spin.JSON(submitted instanceof String ? submitted : Spin.JSON(submitted).toString());
    } catch (SpinRuntimeException e) {
      throw new SubmissionRejectedException(
          "Rencana kegiatan (activities) harus berupa daftar JSON, contoh [{\"title\": \"Seminar pengasuhan\", \"date\": \"2026-12-15\"}].");
    }
    if (!node.isArray()) {
      throw new SubmissionRejectedException(
          "Rencana kegiatan (activities) harus berupa daftar, contoh [{\"title\": \"Seminar pengasuhan\", \"date\": \"2026-12-15\"}].");
    }
    return node.elements();
  }
}
