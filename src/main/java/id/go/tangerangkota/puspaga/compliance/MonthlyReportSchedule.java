package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.RecurringRounds;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * Every morning at 07:00 in the calendar's zone ({@code puspaga.reports.cron}), every node asks for
 * the monthly report that is due (from the first working day of a month: the previous month's); the
 * report is filed once. A failed round is tried again the next morning; the Ketua can also produce
 * the report from Cockpit. The integration tests switch this off ({@code puspaga.reports.schedule=false})
 * and start the round themselves.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReportSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportSchedule.class);

  @Bean
  RecurringRounds monthlyReportRounds(TaskScheduler scheduler, MeterRegistry meters, MonthlyReports reports,
      WorkingDayCalendar calendar, @Value("${puspaga.reports.schedule:true}") boolean on,
      @Value("${puspaga.reports.cron:0 0 7 * * *}") String cron) {
    return new RecurringRounds(scheduler, meters, on).cron("monthly-report", cron, calendar.zone(),
        () -> reports.produceDue().forEach(
            filed -> LOG.info("Monthly report {} of {} (office {}) filed", filed.documentNumber(), filed.month(), filed.office())));
  }
}
