package id.go.tangerangkota.puspaga.survei;

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
 * The yearly survey report after the year ends: every morning with the monthly report's schedule,
 * every node asks; from the first working day of January each office's report of the previous year is filed once.
 */
@Configuration(proxyBeanMethods = false)
class SurveySchedule {

  private static final Logger LOG = LoggerFactory.getLogger(SurveySchedule.class);

  @Bean
  RecurringRounds surveyReportRounds(TaskScheduler scheduler, MeterRegistry meters, SurveyDocuments documents,
      WorkingDayCalendar calendar, @Value("${puspaga.reports.schedule:true}") boolean on,
      @Value("${puspaga.reports.cron:0 0 7 * * *}") String cron) {
    return new RecurringRounds(scheduler, meters, on).cron("survey-report", cron, calendar.zone(),
        () -> documents.produceDue().forEach(filed -> LOG.info("Survey report {} of office {}, {}, filed",
            filed.documentNumber(), filed.office(), filed.year())));
  }
}
