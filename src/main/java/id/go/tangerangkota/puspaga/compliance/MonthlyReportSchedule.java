package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Every morning at 07:00 in the calendar's zone ({@code puspaga.reports.cron}), every node asks for
 * the monthly report that is due (from the first working day of a month: the previous month's); the
 * report is filed once. Tests switch this off ({@code puspaga.reports.schedule=false}).
 */
@Configuration
@ConditionalOnProperty(name = "puspaga.reports.schedule", havingValue = "true", matchIfMissing = true)
class MonthlyReportSchedule implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportSchedule.class);

  private final MonthlyReports reports;
  private final WorkingDayCalendar calendar;
  private final String cron;

  MonthlyReportSchedule(MonthlyReports reports, WorkingDayCalendar calendar,
      @Value("${puspaga.reports.cron:0 0 7 * * *}") String cron) {
    this.reports = reports;
    this.calendar = calendar;
    this.cron = cron;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addCronTask(new CronTask(this::produceDue, new CronTrigger(cron, TimeZone.getTimeZone(calendar.zone()))));
  }

  private void produceDue() {
    try {
      reports.produceDue().ifPresent(filed -> LOG.info("Monthly report {} of {} filed", filed.documentNumber(), filed.month()));
    } catch (RuntimeException e) {
      // Tried again tomorrow morning; the Ketua can also produce it from Cockpit.
      LOG.error("Monthly report could not be produced; produce it from Cockpit (Kepatuhan SOP)", e);
    }
  }
}
