package id.go.tangerangkota.puspaga.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar file of the repository, and the deadline semantics of docs/model.md. */
class WorkingDayCalendarTest {

  private final List<Integer> unconfirmedYears = new ArrayList<>();
  private final WorkingDayCalendar calendar = RepositoryCalendar.load(unconfirmedYears::add);

  @Test
  void countsTheFirstWorkingDayAfterTheRequestDateAsDayOne() {
    assertThat(workingDays("2026-11-30T09:00:00+07:00", 1)).isEqualTo("2026-12-01T16:00+07:00");
    assertThat(workingDays("2026-11-30T09:00:00+07:00", 7)).isEqualTo("2026-12-09T16:00+07:00");
  }

  @Test
  void skipsTheWeekend() {
    assertThat(workingDays("2026-11-27T10:00:00+07:00", 1)).isEqualTo("2026-11-30T16:00+07:00");
    assertThat(workingDays("2026-11-28T10:00:00+07:00", 1)).isEqualTo("2026-11-30T16:00+07:00");
  }

  @Test
  void skipsALiburNasional() {
    // Hari Proklamasi, Monday 17 August 2026.
    assertThat(workingDays("2026-08-14T10:00:00+07:00", 1)).isEqualTo("2026-08-18T16:00+07:00");
  }

  @Test
  void skipsACutiBersama() {
    // Cuti bersama Idul Adha, Thursday 28 May 2026, after the libur nasional of 27 May.
    assertThat(workingDays("2026-05-26T10:00:00+07:00", 1)).isEqualTo("2026-05-29T16:00+07:00");
  }

  @Test
  void skipsTheAmendedCutiBersamaOf18August2025() {
    assertThat(workingDays("2025-08-15T10:00:00+07:00", 1)).isEqualTo("2025-08-19T16:00+07:00");
  }

  @Test
  void skipsTheWholeNyepiAndIdulFitriBlockOf2026() {
    for (String day : List.of("2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24")) {
      assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
    }
    assertThat(workingDays("2026-03-17T10:00:00+07:00", 1)).isEqualTo("2026-03-25T16:00+07:00");
    assertThat(workingDays("2026-03-17T10:00:00+07:00", 3)).isEqualTo("2026-03-27T16:00+07:00");
  }

  @Test
  void crossesTheYearEndThroughChristmasIntoAnUnconfirmedYear() {
    // 24 Dec cuti bersama, 25 Dec libur nasional, then the weekend; 2027 has no SKB yet.
    assertThat(workingDays("2026-12-23T10:00:00+07:00", 1)).isEqualTo("2026-12-28T16:00+07:00");
    assertThat(unconfirmedYears).isEmpty();
    assertThat(workingDays("2026-12-23T10:00:00+07:00", 5)).isEqualTo("2027-01-01T16:00+07:00");
    assertThat(unconfirmedYears).containsExactly(2027);
  }

  @Test
  void countsAnUnconfirmedYearFromWeekendsAloneAndWarnsOnceNamingTheYear() {
    assertThat(calendar.isConfirmed(2027)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
    calendar.isWorkingDay(LocalDate.parse("2027-02-01"));
    assertThat(unconfirmedYears).containsExactly(2027);
    calendar.isWorkingDay(LocalDate.parse("2028-02-01"));
    assertThat(unconfirmedYears).containsExactly(2027, 2028);
  }

  @Test
  void startsCountingFromTheDayOfARequestMadeOnAHoliday() {
    // Received on Natal (Friday 25 Dec 2026): day 1 is Monday 28 Dec.
    assertThat(workingDays("2026-12-25T09:00:00+07:00", 1)).isEqualTo("2026-12-28T16:00+07:00");
  }

  @Test
  void takesTheCalendarDateInJakartaNotInUtc() {
    // 23:30 in Tangerang on Monday is still Monday in UTC, 00:30 on Tuesday is Monday 17:30 UTC.
    assertThat(workingDays("2026-11-30T23:30:00+07:00", 1)).isEqualTo("2026-12-01T16:00+07:00");
    assertThat(workingDays("2026-11-30T17:30:00Z", 1)).isEqualTo("2026-12-02T16:00+07:00");
  }

  @Test
  void givesARequestAfterClosingTimeTheSameDeadlineAsOneInTheMorning() {
    assertThat(workingDays("2026-11-30T16:45:00+07:00", 1)).isEqualTo(workingDays("2026-11-30T08:05:00+07:00", 1));
  }

  @Test
  void movesACalendarDayLimitThatEndsOnAWeekendOrHolidayToTheNextWorkingDay() {
    assertThat(days("2026-12-01T10:00:00+07:00", 2)).isEqualTo("2026-12-03T16:00+07:00");
    assertThat(days("2026-12-03T10:00:00+07:00", 2)).isEqualTo("2026-12-07T16:00+07:00");
    assertThat(days("2026-12-22T10:00:00+07:00", 2)).isEqualTo("2026-12-28T16:00+07:00");
    assertThat(days("2026-12-31T10:00:00+07:00", 1)).isEqualTo("2027-01-01T16:00+07:00");
  }

  @Test
  void endsTheProgramPeriodAtClosingTimeOnTheNextWorkingDay() {
    assertThat(calendar.endOfPeriod(LocalDate.parse("2026-06-30")).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-06-30T16:00+07:00"));
    assertThat(calendar.endOfPeriod(LocalDate.parse("2026-05-31")).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-06-02T16:00+07:00"));
  }

  @Test
  void followsAnInjectedClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-17T03:00:00Z"), ZoneOffset.UTC);
    var deadline = new SopDeadline(tenant -> calendar, clock).workingDays(1);
    assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2026-03-25T09:00:00Z"));
  }

  @Test
  void holdsEveryHolidayOfTheReferenceList() {
    assertThat(calendar.year(2025).orElseThrow().holidays()).hasSize(28);
    assertThat(calendar.year(2026).orElseThrow().holidays()).hasSize(25);
    assertThat(calendar.holidayOn(LocalDate.parse("2026-02-16")).orElseThrow().type()).isEqualTo(HolidayType.CUTI_BERSAMA);
    assertThat(calendar.holidayOn(LocalDate.parse("2026-02-17")).orElseThrow().name()).isEqualTo("Tahun Baru Imlek 2577 Kongzili");
  }

  private String workingDays(String from, int n) {
    return calendar.workingDaysAfter(OffsetDateTime.parse(from).toInstant(), n).toOffsetDateTime().toString();
  }

  private String days(String from, int n) {
    return calendar.daysAfter(OffsetDateTime.parse(from).toInstant(), n).toOffsetDateTime().toString();
  }
}
