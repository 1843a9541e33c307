package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.RecurringRounds;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * The retention pass every night at 20:00 WIB, the start of the history cleanup window
 * ({@code puspaga.privacy.retention-cron}); once per night across the cluster. The integration
 * tests switch it off ({@code puspaga.privacy.schedule=false}) and call the pass themselves.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

  @Bean
  RecurringRounds retentionRounds(TaskScheduler scheduler, MeterRegistry meters, RetentionPass pass,
      WorkingDayCalendar calendar,
      @Value("${puspaga.privacy.schedule:true}") boolean on,
      @Value("${puspaga.privacy.retention-cron:0 0 20 * * *}") String cron) throws Exception {
    String node = InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
    return new RecurringRounds(scheduler, meters, on).cron("privacy-retention", cron, calendar.zone(),
        () -> pass.runTonight(node));
  }
}
