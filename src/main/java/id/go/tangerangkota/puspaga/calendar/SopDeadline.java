package id.go.tangerangkota.puspaga.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The SOP's time limits as the BPMN model uses them, e.g. {@code ${sopDeadline.workingDays(7)}}
 * on a timer and on the task's due date, so an analyst reads the limit in Modeler.
 */
@Component("sopDeadline")
public class SopDeadline {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public SopDeadline(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** N hari kerja from now. */
  public Date workingDays(int workingDays) {
    return toDate(calendar.workingDaysAfter(clock.instant(), workingDays));
  }

  /** N hari (calendar days) from now, ending on a working day. */
  public Date days(int days) {
    return toDate(calendar.daysAfter(clock.instant(), days));
  }

  /** The end of the program period: closing time on programEndDate, next working day if needed. */
  public Date programEnd(Object programEndDate) {
    return toDate(calendar.endOfPeriod(isoDate(programEndDate)));
  }

  static LocalDate isoDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value == null) {
      throw new IllegalArgumentException("programEndDate is not set");
    }
    String text = value.toString().strip();
    try {
      // Tasklist's date pickers may submit a date-time; the date part is what counts.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("programEndDate is not an ISO date: " + text, e);
    }
  }

  private static Date toDate(ZonedDateTime deadline) {
    return Date.from(deadline.toInstant());
  }
}
