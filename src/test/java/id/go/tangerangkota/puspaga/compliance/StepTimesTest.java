package id.go.tangerangkota.puspaga.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.calendar.Holiday;
import id.go.tangerangkota.puspaga.calendar.HolidayType;
import id.go.tangerangkota.puspaga.calendar.RepositoryCalendar;
import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.compliance.StepTimes.CompletedTask;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Status;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules behind the Ketua's figures on the real calendar file: steps 8 and 9 count plain days
 * (a weekend counts), step 5's status comes from the share done by the end of the program (9 in
 * 10 green, half amber, less red), and a due date the Ketua moved is the one a task is measured by.
 */
class StepTimesTest {

  private static final SopLimit TWO_DAYS = new SopLimit(SopLimit.Kind.DAYS, 2);           // step 8
  private static final SopLimit TWO_WORKING_DAYS = new SopLimit(SopLimit.Kind.WORKING_DAYS, 2);
  private static final SopLimit PROGRAM_END = new SopLimit(SopLimit.Kind.PROGRAM_END, 0);  // step 5

  private final StepTimes times = new StepTimes(RepositoryCalendar.load());

  @Test
  void aPlainDayLimitCountsTheWeekendWhereAWorkingDayLimitDoesNot() {
    // Friday 4 December 2026 09:00 to Tuesday the 8th 10:00.
    Instant friday = wib("2026-12-04T09:00");
    Instant tuesday = wib("2026-12-08T10:00");
    assertThat(times.taken(TWO_DAYS, friday, tuesday)).as("Saturday, Sunday, Monday, Tuesday").isEqualTo(4);
    assertThat(times.withinLimit(TWO_DAYS, task(friday, tuesday, null))).isFalse();
    assertThat(times.taken(TWO_WORKING_DAYS, friday, tuesday)).as("Monday, Tuesday").isEqualTo(2);
    assertThat(times.withinLimit(TWO_WORKING_DAYS, task(friday, tuesday, null))).isTrue();
    // A plain-day deadline that falls on a day off moves to the next working day's closing time:
    // Wednesday 23 December + 1 day is the cuti bersama of the 24th, then Christmas and the
    // weekend, so "1 hari" already ends Monday the 28th at 16:00.
    assertThat(times.taken(TWO_DAYS, wib("2026-12-23T09:00"), wib("2026-12-28T15:59"))).isEqualTo(1);
  }

  @Test
  void stepFivesStatusIsTheShareDoneByTheEndOfTheProgram() {
    assertThat(StepTimes.status(PROGRAM_END, 10, 10, null, null)).isEqualTo(Status.GREEN);
    assertThat(StepTimes.status(PROGRAM_END, 10, 9, null, null)).as("90 %").isEqualTo(Status.GREEN);
    assertThat(StepTimes.status(PROGRAM_END, 10, 8, null, null)).as("80 %").isEqualTo(Status.AMBER);
    assertThat(StepTimes.status(PROGRAM_END, 10, 5, null, null)).as("50 %").isEqualTo(Status.AMBER);
    assertThat(StepTimes.status(PROGRAM_END, 10, 4, null, null)).as("40 %").isEqualTo(Status.RED);
    assertThat(StepTimes.status(PROGRAM_END, 0, 0, null, null)).isEqualTo(Status.NONE);
    // A program-end task is on time when done by its due date (the program's end); without one, never.
    Instant held = wib("2026-03-10T15:00");
    assertThat(times.withinLimit(PROGRAM_END, task(wib("2026-03-04T10:00"), held, wib("2026-03-31T16:00")))).isTrue();
    assertThat(times.withinLimit(PROGRAM_END, task(wib("2026-03-04T10:00"), held, wib("2026-03-09T16:00")))).isFalse();
  }

  @Test
  void aTaskIsMeasuredByTheDueDateTheKetuaMovedNotTheSopsOwn() {
    Instant monday = wib("2026-12-07T09:00");
    Instant thursday = wib("2026-12-10T10:00");                  // the fourth working day
    assertThat(times.withinLimit(TWO_WORKING_DAYS, task(monday, thursday, null))).as("by the SOP's limit").isFalse();
    assertThat(times.withinLimit(TWO_WORKING_DAYS, task(monday, thursday, wib("2026-12-10T16:00"))))
        .as("moved to Thursday").isTrue();
    assertThat(times.withinLimit(TWO_WORKING_DAYS, task(monday, wib("2026-12-08T10:00"), wib("2026-12-07T12:00"))))
        .as("moved earlier, and missed").isFalse();
  }

  @Test
  void eachOfficesTasksAreCountedOnItsOwnCalendarWithItsRegionalHolidays() {
    // Monday 7 December 2026 09:00 to Wednesday the 9th 10:00; the 8th is a regional holiday in 3674 only.
    WorkingDayCalendar national = RepositoryCalendar.load();
    WorkingDayCalendar selatan = national.withRegionalHolidays(List.of(new Holiday(java.time.LocalDate.parse("2026-12-08"),
        HolidayType.LIBUR_DAERAH, "Hari jadi")));
    StepTimes perOffice = new StepTimes(office -> "3674".equals(office) ? selatan : national);
    Instant monday = wib("2026-12-07T09:00");
    Instant wednesday = wib("2026-12-09T10:00");
    CompletedTask ours = new CompletedTask("Task_X", "pi", "Tugas", "budi", monday, wednesday, null, "3671");
    CompletedTask theirs = new CompletedTask("Task_X", "pj", "Tugas", "joko", monday, wednesday, null, "3674");
    assertThat(perOffice.taken(TWO_WORKING_DAYS, ours)).as("Tuesday, Wednesday").isEqualTo(2);
    assertThat(perOffice.taken(TWO_WORKING_DAYS, theirs)).as("Wednesday only: Tuesday is their holiday").isEqualTo(1);
    assertThat(perOffice.withinLimit(new SopLimit(SopLimit.Kind.WORKING_DAYS, 1), theirs)).isTrue();
    assertThat(perOffice.withinLimit(new SopLimit(SopLimit.Kind.WORKING_DAYS, 1), ours)).isFalse();
  }

  private static CompletedTask task(Instant start, Instant end, Instant due) {
    return new CompletedTask("Task_X", "pi", "Tugas", "budi", start, end, due, null);
  }

  private static Instant wib(String local) {
    return OffsetDateTime.parse(local + ":00+07:00").toInstant();
  }
}
