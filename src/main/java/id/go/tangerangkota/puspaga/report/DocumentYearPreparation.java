package id.go.tangerangkota.puspaga.report;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the number counters of this year and the next in place (see {@link DocumentNumbering}):
 * once the application is up, before the job executor draws numbers, and every night, so that
 * a server running across New Year finds next year's counters already there.
 */
@Component
class DocumentYearPreparation {

  private final DocumentNumbering numbering;
  private final Clock clock;
  private final WorkingDayCalendar calendar;

  DocumentYearPreparation(DocumentNumbering numbering, Clock clock, WorkingDayCalendar calendar) {
    this.numbering = numbering;
    this.clock = clock;
    this.calendar = calendar;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Jakarta")
  void prepareThisYearAndTheNext() {
    int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
    numbering.prepareYear(year);
    numbering.prepareYear(year + 1);
  }
}
