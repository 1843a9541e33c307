package id.go.tangerangkota.puspaga.system;

import java.time.Clock;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.stereotype.Component;

/**
 * The scheduler reads the application's {@link Clock}, as every deadline, digest and report does:
 * one notion of "now" for when work runs and for what it decides.
 */
@Component
class SchedulerClock implements ThreadPoolTaskSchedulerCustomizer {

  private final Clock clock;

  SchedulerClock(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void customize(org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler scheduler) {
    scheduler.setClock(clock);
  }
}
