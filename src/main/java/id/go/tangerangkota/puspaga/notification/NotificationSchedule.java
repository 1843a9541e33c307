package id.go.tangerangkota.puspaga.notification;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.RecurringRounds;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * When this node sends the outbox, looks for reminders and writes the digest (07:00 in the
 * calendar's zone; the digest itself skips non-working days). Every node runs all three: the
 * outbox claims and the dedup keys keep them from doubling anything. The integration tests switch
 * this off ({@code puspaga.notifications.schedule=false}) and start the rounds they watch.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSchedule {

  static final String DIGEST_CRON = "0 0 7 * * *";

  @Bean
  RecurringRounds notificationRounds(TaskScheduler scheduler, MeterRegistry meters, NotificationProperties settings,
      OutboxSender sender, DeadlineReminders reminders, DailyDigest digest, WorkingDayCalendar calendar) {
    return new RecurringRounds(scheduler, meters, settings.schedule())
        .every("outbox", settings.sendInterval(), sender::sendDue)
        .every("reminders", settings.reminderInterval(), reminders::remindDue)
        .cron("digest", DIGEST_CRON, calendar.zone(), digest::sendForToday);
  }
}
