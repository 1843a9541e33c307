package id.go.tangerangkota.puspaga.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The working days (hari kerja) of a government office in Kota Tangerang: weekdays less the libur
 * nasional and cuti bersama of each confirmed year, in one time zone, with office hours. Every SOP
 * deadline is computed here; the semantics are written down in docs/model.md.
 */
public final class WorkingDayCalendar {

  private final ZoneId zone;
  private final LocalTime openingTime;
  private final LocalTime closingTime;
  private final Set<DayOfWeek> weekend;
  private final Map<Integer, CalendarYear> years;
  private final Map<LocalDate, Holiday> confirmedHolidays;
  /** An office's own days off: they hold whether or not the national year is confirmed. */
  private final Map<LocalDate, Holiday> regionalHolidays;
  private final IntConsumer unconfirmedYearWarning;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  public WorkingDayCalendar(
      ZoneId zone,
      LocalTime openingTime,
      LocalTime closingTime,
      Set<DayOfWeek> weekend,
      Collection<CalendarYear> years,
      IntConsumer unconfirmedYearWarning) {
    this(zone, openingTime, closingTime, weekend, years, unconfirmedYearWarning, List.of());
  }

  private WorkingDayCalendar(ZoneId zone, LocalTime openingTime, LocalTime closingTime, Set<DayOfWeek> weekend,
      Collection<CalendarYear> years, IntConsumer unconfirmedYearWarning, Collection<Holiday> regional) {
    this.zone = zone;
    this.openingTime = openingTime;
    this.closingTime = closingTime;
    this.weekend = Set.copyOf(weekend);
    this.years = new TreeMap<>(years.stream().collect(Collectors.toMap(CalendarYear::year, y -> y)));
    this.confirmedHolidays =
        years.stream()
            .filter(CalendarYear::confirmed)
            .flatMap(y -> y.holidays().stream())
            .collect(Collectors.toMap(Holiday::date, h -> h, (a, b) -> a));
    this.unconfirmedYearWarning = unconfirmedYearWarning;
    this.regionalHolidays = regional.stream().collect(Collectors.toMap(Holiday::date, h -> h, (a, b) -> a));
  }

  /** A copy of this calendar that reports unconfirmed years to another listener. */
  public WorkingDayCalendar withUnconfirmedYearWarning(IntConsumer listener) {
    return new WorkingDayCalendar(zone, openingTime, closingTime, weekend, years.values(), listener,
        regionalHolidays.values());
  }

  /** This national calendar plus an office's own days off (replacing any it had). */
  public WorkingDayCalendar withRegionalHolidays(Collection<Holiday> regional) {
    return new WorkingDayCalendar(zone, openingTime, closingTime, weekend, years.values(), unconfirmedYearWarning, regional);
  }

  /** The office's own days off, by date. */
  public List<Holiday> regionalHolidays() {
    return regionalHolidays.values().stream().sorted(java.util.Comparator.comparing(Holiday::date)).toList();
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime openingTime() {
    return openingTime;
  }

  public LocalTime closingTime() {
    return closingTime;
  }

  public Set<DayOfWeek> weekend() {
    return weekend;
  }

  public Optional<CalendarYear> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  public List<CalendarYear> years() {
    return List.copyOf(years.values());
  }

  public boolean isConfirmed(int year) {
    CalendarYear entry = years.get(year);
    return entry != null && entry.confirmed();
  }

  public Optional<Holiday> holidayOn(LocalDate date) {
    Holiday regional = regionalHolidays.get(date);
    if (regional != null) {
      return Optional.of(regional);
    }
    checkConfirmed(date.getYear());
    return Optional.ofNullable(confirmedHolidays.get(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && holidayOn(date).isEmpty();
  }

  /**
   * N hari kerja from instant t: day 1 is the first working day after t's calendar date in the
   * office zone; the deadline is closing time on the Nth working day.
   */
  public ZonedDateTime workingDaysAfter(Instant from, int workingDays) {
    requirePositive(workingDays, "workingDays");
    LocalDate day = from.atZone(zone).toLocalDate();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return closingTimeOn(day);
  }

  /**
   * N hari from instant t: closing time on t's date plus N days, moved to the next working day
   * when that date is not one.
   */
  public ZonedDateTime daysAfter(Instant from, int days) {
    requirePositive(days, "days");
    return closingTimeOn(nextWorkingDayFrom(from.atZone(zone).toLocalDate().plusDays(days)));
  }

  /** The end of a period that runs to the given date: closing time, next working day if needed. */
  public ZonedDateTime endOfPeriod(LocalDate lastDay) {
    return closingTimeOn(nextWorkingDayFrom(lastDay));
  }

  public LocalDate nextWorkingDayFrom(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private ZonedDateTime closingTimeOn(LocalDate day) {
    return ZonedDateTime.of(day, closingTime, zone);
  }

  private void checkConfirmed(int year) {
    if (!isConfirmed(year) && warnedYears.add(year)) {
      unconfirmedYearWarning.accept(year);
    }
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
