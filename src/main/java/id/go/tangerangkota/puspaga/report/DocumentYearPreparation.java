package id.go.tangerangkota.puspaga.report;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.RecurringRounds;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * Keeps every office's number counters of this year and the next in place (see {@link DocumentNumbering}):
 * when the application starts, before the job executor draws numbers, and every night at 00:05 in
 * the calendar's zone, so that a server running across New Year finds next year's counters there.
 */
@Configuration(proxyBeanMethods = false)
class DocumentYearPreparation {

  static final String NIGHTLY = "0 5 0 * * *";

  @Bean
  RecurringRounds documentYearRounds(TaskScheduler scheduler, MeterRegistry meters, DocumentNumbering numbering,
      Clock clock, WorkingDayCalendar calendar) {
    return new RecurringRounds(scheduler, meters, true).cronAndAtStart("year-counters", NIGHTLY, calendar.zone(), () -> {
      int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
      numbering.prepareYear(year);
      numbering.prepareYear(year + 1);
    });
  }
}
