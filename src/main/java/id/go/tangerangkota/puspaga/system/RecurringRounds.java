package id.go.tangerangkota.puspaga.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Work that recurs on the application's {@link TaskScheduler}, whose clock is the application's
 * {@link java.time.Clock} ({@link SchedulerClock}): a daily round fires when that clock reads its
 * hour. Started with the application unless its switch is off; a test starts the same rounds, after
 * setting the clock, and watches them run. A failing round (the database away for a moment) is
 * logged and tried again next time; every round counts in {@code puspaga.schedule.rounds} (per
 * round and outcome), so an operator sees a schedule that stopped.
 */
public class RecurringRounds implements SmartLifecycle {

  public static final String ROUNDS_METRIC = "puspaga.schedule.rounds";

  private static final Logger LOG = LoggerFactory.getLogger(RecurringRounds.class);

  private record Round(Function<Runnable, ScheduledFuture<?>> schedule, Runnable work, boolean atStart) {}

  private final TaskScheduler scheduler;
  private final MeterRegistry meters;
  private final boolean autoStartup;
  private final Map<String, Round> rounds = new LinkedHashMap<>();
  private final List<ScheduledFuture<?>> running = new ArrayList<>();

  public RecurringRounds(TaskScheduler scheduler, MeterRegistry meters, boolean autoStartup) {
    this.scheduler = scheduler;
    this.meters = meters;
    this.autoStartup = autoStartup;
  }

  /** Every {@code interval}, measured from the end of the last round. */
  public RecurringRounds every(String name, Duration interval, Runnable work) {
    return add(name, new Round(guarded -> scheduler.scheduleWithFixedDelay(guarded, interval), work, false));
  }

  /** When the clock in {@code zone} matches {@code cron} (Spring's six fields). */
  public RecurringRounds cron(String name, String cron, ZoneId zone, Runnable work) {
    return cron(name, cron, zone, work, false);
  }

  /** As {@link #cron}, and once more when the rounds start (before the engine's job executor runs). */
  public RecurringRounds cronAndAtStart(String name, String cron, ZoneId zone, Runnable work) {
    return cron(name, cron, zone, work, true);
  }

  private RecurringRounds cron(String name, String cron, ZoneId zone, Runnable work, boolean atStart) {
    CronTrigger trigger = new CronTrigger(cron, TimeZone.getTimeZone(zone));
    return add(name, new Round(guarded -> scheduler.schedule(guarded, trigger), work, atStart));
  }

  private RecurringRounds add(String name, Round round) {
    if (rounds.putIfAbsent(name, round) != null) {
      throw new IllegalArgumentException("Round " + name + " twice");
    }
    counter(name, "done");
    counter(name, "failed");
    return this;
  }

  @Override
  public synchronized void start() {
    start(rounds.keySet().toArray(String[]::new));
  }

  /** Starts only these rounds (a test's choice); the others stay off. */
  public synchronized void start(String... names) {
    for (String name : names) {
      Round round = rounds.get(name);
      if (round == null) {
        throw new IllegalArgumentException("No round " + name + " in " + rounds.keySet());
      }
      Runnable guarded = guarded(name, round.work());
      if (round.atStart()) {
        guarded.run();
      }
      running.add(round.schedule().apply(guarded));
    }
    LOG.debug("Rounds {} started", Arrays.toString(names));
  }

  @Override
  public synchronized void stop() {
    running.forEach(future -> future.cancel(false));
    running.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return !running.isEmpty();
  }

  @Override
  public boolean isAutoStartup() {
    return autoStartup;
  }

  /** How many rounds of that name have ended (done or failed) on this node. */
  public double rounds(String name) {
    return counter(name, "done").count() + counter(name, "failed").count();
  }

  private Runnable guarded(String name, Runnable work) {
    return () -> {
      try {
        work.run();
        counter(name, "done").increment();
      } catch (RuntimeException e) {
        counter(name, "failed").increment();
        LOG.warn("Scheduled round {} failed, will try again next time: {}", name, e.toString(), e);
      }
    };
  }

  private Counter counter(String name, String outcome) {
    return Counter.builder(ROUNDS_METRIC).description("Rounds of scheduled work ended on this node, per round and outcome")
        .tag("round", name).tag("outcome", outcome).register(meters);
  }
}
