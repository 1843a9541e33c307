package id.go.tangerangkota.puspaga.notification;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * When this node sends the outbox, looks for reminders and writes the digest (07:00 in the
 * calendar's zone; the digest itself skips non-working days). Every node runs all three: the
 * outbox claims and the dedup keys keep them from doubling anything. Tests switch this off
 * ({@code puspaga.notifications.schedule=false}) and call the three themselves.
 */
@Configuration
@ConditionalOnProperty(name = "puspaga.notifications.schedule", havingValue = "true", matchIfMissing = true)
class NotificationSchedule implements SchedulingConfigurer {

  static final String DIGEST_CRON = "0 0 7 * * *";

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

  private final OutboxSender sender;
  private final DeadlineReminders reminders;
  private final DailyDigest digest;
  private final NotificationProperties settings;
  private final WorkingDayCalendar calendar;

  NotificationSchedule(OutboxSender sender, DeadlineReminders reminders, DailyDigest digest,
      NotificationProperties settings, WorkingDayCalendar calendar) {
    this.sender = sender;
    this.reminders = reminders;
    this.digest = digest;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(guarded("outbox", sender::sendDue), settings.sendInterval());
    registrar.addFixedDelayTask(guarded("reminders", reminders::remindDue), settings.reminderInterval());
    registrar.addCronTask(new org.springframework.scheduling.config.CronTask(guarded("digest", digest::sendForToday),
        new CronTrigger(DIGEST_CRON, TimeZone.getTimeZone(calendar.zone()))));
  }

  /** A failing round (database away for a moment) is logged and tried again next time, never stops the schedule. */
  private static Runnable guarded(String what, java.util.function.IntSupplier work) {
    return () -> {
      try {
        work.getAsInt();
      } catch (RuntimeException e) {
        LOG.warn("Notifications: {} round failed, will try again: {}", what, e.toString());
      }
    };
  }
}
