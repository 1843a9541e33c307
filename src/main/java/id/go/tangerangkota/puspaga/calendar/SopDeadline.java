package id.go.tangerangkota.puspaga.calendar;

import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
    return toDate(calendar.endOfPeriod(programEndDate(programEndDate, calendar)));
  }

  static LocalDate programEndDate(Object value, WorkingDayCalendar calendar) {
    try {
      return IndonesianDates.day(value, calendar.zone())
          .orElseThrow(() -> new IllegalArgumentException("programEndDate is not set"));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("programEndDate is not an ISO date: " + value, e);
    }
  }

  private static Date toDate(ZonedDateTime deadline) {
    return Date.from(deadline.toInstant());
  }
}
