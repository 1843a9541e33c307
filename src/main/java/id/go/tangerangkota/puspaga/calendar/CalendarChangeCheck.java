package id.go.tangerangkota.puspaga.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At each start, compares the calendar with the one the open deadlines were computed with; when
 * an office admin changed it (a new SKB, an added cuti bersama), moves the open due dates and
 * timers that the change moves, and logs how many.
 */
@Component
class CalendarChangeCheck {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarChangeCheck.class);

  private final WorkingDayCalendar calendar;
  private final OfficeCalendars calendars;
  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CalendarChangeCheck(WorkingDayCalendar calendar, OfficeCalendars calendars, ProcessEngine engine, JdbcTemplate jdbc,
      TransactionTemplate transaction, Clock clock) {
    this.calendar = calendar;
    this.calendars = calendars;
    this.engine = engine;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void recalculateIfChanged() {
    String fingerprint = fingerprint(calendar);
    List<String> stored = jdbc.queryForList("select fingerprint from calendar_state where id = 1", String.class);
    if (!stored.isEmpty() && stored.get(0).equals(fingerprint)) {
      return;
    }
    transaction.executeWithoutResult(status -> {
      DeadlineRecalculation.Result result = new DeadlineRecalculation(engine).recalculate(calendars::of, null);
      Timestamp now = Timestamp.from(clock.instant());
      if (stored.isEmpty()) {
        jdbc.update("insert into calendar_state (id, fingerprint, updated_at) values (1, ?, ?)", fingerprint, now);
      } else {
        jdbc.update("update calendar_state set fingerprint = ?, updated_at = ? where id = 1", fingerprint, now);
      }
      if (stored.isEmpty()) {
        LOG.info("Working-day calendar recorded; {} open task due date(s) and {} timer(s) adjusted to it",
            result.tasks(), result.timers());
      } else {
        LOG.info("Working-day calendar changed since the last start: recalculated {} open task due date(s) and {} timer(s)",
            result.tasks(), result.timers());
      }
    });
  }

  static String fingerprint(WorkingDayCalendar calendar) {
    StringBuilder canonical = new StringBuilder()
        .append(calendar.zone()).append('|').append(calendar.openingTime()).append('|')
        .append(calendar.closingTime()).append('|').append(new java.util.TreeSet<>(calendar.weekend()));
    for (CalendarYear year : calendar.years()) {
      canonical.append('|').append(year.year()).append(year.confirmed() ? ":confirmed" : ":unconfirmed");
      if (year.confirmed()) {
        year.holidays().forEach(holiday -> canonical.append(',').append(holiday.date()));
      }
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
