package id.go.tangerangkota.puspaga.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The working-day calendar over HTTP, for other office systems and for checking a deadline by hand. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  /**
   * The years a deadline may start in: the SOP dates from 2022 and the calendar file lists only a
   * few years, so a year far outside is a mistake (a typo, a test value), not a question.
   */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2099;

  private final WorkingDayCalendar calendar;
  private final OfficeCalendars calendars;
  private final OfficeRegistry offices;
  private final IdentityService identity;
  private final Clock clock;

  CalendarController(WorkingDayCalendar calendar, OfficeCalendars calendars, OfficeRegistry offices,
      IdentityService identity, Clock clock) {
    this.calendar = calendar;
    this.calendars = calendars;
    this.offices = offices;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * The calendar of the office asked for ({@code office=3674}); without one, of the caller's office
   * when she belongs to exactly one, else of the default office.
   */
  private WorkingDayCalendar calendarOf(String office) {
    if (office != null && !office.isBlank()) {
      if (offices.find(office).isEmpty()) {
        throw new BadRequest("office " + office + " is not an office of this platform (GET /api/offices lists them)");
      }
      return calendars.of(office);
    }
    var caller = identity.getCurrentAuthentication();
    var tenants = caller == null || caller.getTenantIds() == null ? List.<String>of() : caller.getTenantIds();
    return calendars.of(tenants.size() == 1 ? tenants.get(0) : null);
  }

  /**
   * The office's today, as the server's rules read it (the application's clock in the calendar's
   * zone), and whether it is a working day: what another system, or a form, should take as
   * "today" rather than its own clock and zone.
   */
  @GetMapping("/today")
  Map<String, Object> today() {
    var now = clock.instant().atZone(calendar.zone());
    return Map.of("date", now.toLocalDate().toString(), "time", now.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        "zone", calendar.zone().getId(), "workingDay", calendar.isWorkingDay(now.toLocalDate()));
  }

  @GetMapping("/deadline")
  Map<String, String> deadline(
      @RequestParam String from,
      @RequestParam(required = false) Integer workingDays,
      @RequestParam(required = false) Integer days,
      @RequestParam(required = false) String office) {
    WorkingDayCalendar calendar = calendarOf(office);
    OffsetDateTime start;
    try {
      start = OffsetDateTime.parse(from);
    } catch (DateTimeParseException e) {
      throw new BadRequest("from must be an ISO-8601 date-time with offset, e.g. 2026-11-27T09:00:00+07:00");
    }
    int fromYear = start.atZoneSameInstant(calendar.zone()).getYear();
    if (fromYear < FIRST_YEAR || fromYear > LAST_YEAR) {
      throw new BadRequest("from must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR + " (Asia/Jakarta), not " + fromYear);
    }
    if ((workingDays == null) == (days == null)) {
      throw new BadRequest("give exactly one of workingDays or days");
    }
    int amount = workingDays != null ? workingDays : days;
    if (amount < 1 || amount > 366) {
      throw new BadRequest((workingDays != null ? "workingDays" : "days") + " must be between 1 and 366");
    }
    var deadline = workingDays != null
        ? calendar.workingDaysAfter(start.toInstant(), amount)
        : calendar.daysAfter(start.toInstant(), amount);
    return Map.of("deadline", deadline.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  @GetMapping("/holidays")
  Map<String, Object> holidays(@RequestParam int year, @RequestParam(required = false) String office) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BadRequest("year must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    WorkingDayCalendar calendar = calendarOf(office);
    var entry = calendar.year(year);
    List<Map<String, String>> holidays = java.util.stream.Stream.concat(
            entry.stream().filter(y -> calendar.isConfirmed(year)).flatMap(y -> y.holidays().stream()),
            calendar.regionalHolidays().stream().filter(h -> h.date().getYear() == year))
        .sorted(java.util.Comparator.comparing(Holiday::date))
        .map(h -> Map.of("date", h.date().toString(), "type", h.type().fileName(), "name", h.name()))
        .toList();
    return Map.of(
        "year", year,
        "confirmed", calendar.isConfirmed(year),
        "decrees", entry.map(CalendarYear::decrees).orElse(List.of()),
        "holidays", holidays);
  }

  @ExceptionHandler(BadRequest.class)
  ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<Map<String, String>> badParameter(Exception e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
  }

  static class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
