package id.go.tangerangkota.puspaga.calendar;

import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The SOP's time limits as the BPMN model uses them, e.g. {@code ${sopDeadline.workingDays(7)}}
 * on a timer and on the task's due date, so an analyst reads the limit in Modeler. Counted on the
 * calendar of the office whose request is running (its tenant): regional holidays included.
 */
@Component("sopDeadline")
public class SopDeadline {

  private final Function<String, WorkingDayCalendar> calendars;
  private final Clock clock;

  @Autowired
  public SopDeadline(OfficeCalendars calendars, Clock clock) {
    this(calendars::of, clock);
  }

  /** With the calendar of each office (tenant id, null for none), e.g. one calendar for all. */
  public SopDeadline(Function<String, WorkingDayCalendar> calendars, Clock clock) {
    this.calendars = calendars;
    this.clock = clock;
  }

  /** N hari kerja from now. */
  public Date workingDays(int workingDays) {
    return toDate(calendar().workingDaysAfter(clock.instant(), workingDays));
  }

  /** N hari (calendar days) from now, ending on a working day. */
  public Date days(int days) {
    return toDate(calendar().daysAfter(clock.instant(), days));
  }

  /** The end of the program period: closing time on programEndDate, next working day if needed. */
  public Date programEnd(Object programEndDate) {
    WorkingDayCalendar calendar = calendar();
    return toDate(calendar.endOfPeriod(programEndDate(programEndDate, calendar)));
  }

  /** The calendar of the request whose expression is being evaluated. */
  private WorkingDayCalendar calendar() {
    var context = org.camunda.bpm.engine.impl.context.Context.getBpmnExecutionContext();
    return calendars.apply(context == null || context.getExecution() == null ? null : context.getExecution().getTenantId());
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
