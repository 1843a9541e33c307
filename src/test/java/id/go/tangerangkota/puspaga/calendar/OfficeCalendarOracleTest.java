package id.go.tangerangkota.puspaga.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two offices whose calendars differ by one regional holiday (Provinsi Papua keeps 5 February,
 * Hari Pekabaran Injil): for every day of 2025 and 2026 and each working-day limit of the SOP, each
 * office's deadline is the one a plain count gives (weekends, the file's national days and the
 * office's own skipped), and the two differ exactly when the regional day falls inside the count.
 */
class OfficeCalendarOracleTest {

  private static final List<Integer> LIMITS = List.of(1, 5, 7, 10);
  private static final List<LocalDate> PAPUA = List.of(LocalDate.of(2025, 2, 5), LocalDate.of(2026, 2, 5));

  private final WorkingDayCalendar national = RepositoryCalendar.load();
  private final WorkingDayCalendar papua = national.withRegionalHolidays(PAPUA.stream()
      .map(day -> new Holiday(day, HolidayType.LIBUR_DAERAH, "Hari Pekabaran Injil")).toList());

  @Test
  void eachOfficesDeadlineIsThePlainCountOfItsOwnWorkingDaysAndTheyDifferExactlyOnTheRegionalHoliday() {
    Set<LocalDate> nationalDaysOff = new HashSet<>();
    for (int year : List.of(2025, 2026)) {
      national.year(year).orElseThrow().holidays().forEach(holiday -> nationalDaysOff.add(holiday.date()));
    }
    Set<LocalDate> papuaDaysOff = new HashSet<>(nationalDaysOff);
    papuaDaysOff.addAll(PAPUA);
    List<String> differing = new ArrayList<>();
    int compared = 0;
    for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2026, 12, 1)); day = day.plusDays(1)) {
      ZonedDateTime morning = day.atTime(9, 0).atZone(national.zone());
      for (int limit : LIMITS) {
        LocalDate nationalDeadline = plainCount(day, limit, nationalDaysOff);
        LocalDate papuaDeadline = plainCount(day, limit, papuaDaysOff);
        assertThat(national.workingDaysAfter(morning.toInstant(), limit).toLocalDate()).as(day + " + " + limit)
            .isEqualTo(nationalDeadline);
        assertThat(papua.workingDaysAfter(morning.toInstant(), limit).toLocalDate()).as(day + " + " + limit + " (Papua)")
            .isEqualTo(papuaDeadline);
        LocalDate start = day;
        boolean regionalDayInside = PAPUA.stream().anyMatch(h -> h.isAfter(start) && !h.isAfter(nationalDeadline));
        assertThat(!papuaDeadline.equals(nationalDeadline)).as(day + " + " + limit + " differs").isEqualTo(regionalDayInside);
        if (regionalDayInside) {
          differing.add(day + "+" + limit);
        }
        compared++;
      }
    }
    assertThat(differing).as("deadlines that cross 5 February").isNotEmpty().allMatch(d -> d.contains("-01-") || d.contains("-02-0"));
    System.out.printf("[calendar] %d deadlines compared per office, %d differ between the two offices%n", compared,
        differing.size());
  }

  @Test
  void aRegionalHolidayIsADayOffEvenInAYearTheNationalCalendarHasNotConfirmed() {
    WorkingDayCalendar withDecree = national.withRegionalHolidays(List.of(
        new Holiday(LocalDate.of(2027, 2, 5), HolidayType.LIBUR_DAERAH, "Hari Pekabaran Injil")));
    assertThat(withDecree.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
    assertThat(national.isWorkingDay(LocalDate.of(2027, 2, 5))).isTrue();
  }

  /** Day 1 is the first day after {@code from} that is neither a weekend day nor off. */
  private static LocalDate plainCount(LocalDate from, int workingDays, Set<LocalDate> daysOff) {
    LocalDate day = from;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !daysOff.contains(day)) {
        counted++;
      }
    }
    return day;
  }
}
