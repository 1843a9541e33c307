package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Status;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rules of the figures, apart from where the data comes from: how long a task took in its
 * limit's unit, whether it was on time, percentiles and a step's status.
 *
 * <p>A task's time taken is the number of (working) days it needed in the sense of its limit: the
 * smallest n for which it was done by the deadline "n hari kerja" (or "n hari") from its start
 * would give. A task done within "1 hari kerja" took 1, whether in ten minutes or by closing time
 * on the next working day; a task started before a holiday block is not charged for it.
 */
public class StepTimes {

  /** A task a person completed (not cancelled with its instance or by a referral), of an office. */
  public record CompletedTask(String activityId, String processInstanceId, String name, String assignee, Instant start,
      Instant end, Instant due, String office) {}

  /** How a step's completed tasks kept its limit: how many, how many on time, the time taken, the status. */
  public record Kept(int completed, long within, Integer withinPercent, Integer median, Integer p90, Status status) {}

  private final Function<String, WorkingDayCalendar> calendars;

  /** Counted on each task's office's calendar (the national one plus its regional holidays). */
  public StepTimes(Function<String, WorkingDayCalendar> calendars) {
    this.calendars = calendars;
  }

  /** Counted on one calendar, whatever the office. */
  StepTimes(WorkingDayCalendar calendar) {
    this(office -> calendar);
  }

  /**
   * How many of a step's completed tasks took each number of days, and how many of those were on
   * time: all the figures need, so they can be kept as monthly totals and summed over any period.
   */
  public static final class Tally {

    private final TreeMap<Integer, long[]> byDays = new TreeMap<>();

    public Tally add(int days, long completed, long onTime) {
      long[] counts = byDays.computeIfAbsent(days, d -> new long[2]);
      counts[0] += completed;
      counts[1] += onTime;
      return this;
    }

    /** This tally with another's counts added (several offices' tasks of one step). */
    public Tally addAll(Tally other) {
      other.byDays.forEach((days, counts) -> add(days, counts[0], counts[1]));
      return this;
    }

    long completed() {
      return byDays.values().stream().mapToLong(counts -> counts[0]).sum();
    }

    long onTime() {
      return byDays.values().stream().mapToLong(counts -> counts[1]).sum();
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    Integer percentile(int p) {
      long total = completed();
      if (total == 0) {
        return null;
      }
      long rank = Math.max((long) Math.ceil(p / 100.0 * total), 1);
      long seen = 0;
      for (Map.Entry<Integer, long[]> days : byDays.entrySet()) {
        seen += days.getValue()[0];
        if (seen >= rank) {
          return days.getKey();
        }
      }
      return byDays.lastKey();
    }
  }

  /** A completed task's days taken and whether it was on time; 0 days and no answer without an SOP limit. */
  public record Measured(int daysTaken, Boolean onTime) {}

  /** Measures a completed task against its step's limit (null: a task without one). */
  public Measured measure(SopLimit limit, CompletedTask task) {
    return limit == null ? new Measured(0, null) : new Measured(taken(limit, task), withinLimit(limit, task));
  }

  /** The figures of one step from its tally (the days taken and on-time counts kept when each task was completed). */
  public static Kept kept(SopLimit limit, Tally tally) {
    long completed = tally.completed();
    long within = tally.onTime();
    Integer median = tally.percentile(50);
    Integer p90 = tally.percentile(90);
    return new Kept((int) completed, within, completed == 0 ? null : (int) Math.round(100.0 * within / completed), median,
        p90, status(limit, completed, within, median, p90));
  }

  /** The smallest n for which "n (hari kerja)" from start would have been met by end, on the office's calendar. */
  public int taken(SopLimit limit, Instant start, Instant end, String office) {
    WorkingDayCalendar calendar = calendars.apply(office);
    for (int n = 1; ; n++) {
      ZonedDateTime deadline = limit.kind() == SopLimit.Kind.DAYS ? calendar.daysAfter(start, n)
          : calendar.workingDaysAfter(start, n);
      if (!end.isAfter(deadline.toInstant())) {
        return n;
      }
    }
  }

  int taken(SopLimit limit, Instant start, Instant end) {
    return taken(limit, start, end, null);
  }

  int taken(SopLimit limit, CompletedTask task) {
    return taken(limit, task.start(), task.end(), task.office());
  }

  /** Done by its deadline: its due date as it stood (the Ketua may have moved it), else the SOP's. */
  public boolean withinLimit(SopLimit limit, CompletedTask task) {
    if (task.due() != null) {
      return !task.end().isAfter(task.due());
    }
    return limit.kind() != SopLimit.Kind.PROGRAM_END && taken(limit, task) <= limit.amount();
  }

  /** Green: 9 in 10 within the limit; amber: the median within it; red: the median beyond it. */
  static Status status(SopLimit limit, long completed, long within, Integer median, Integer p90) {
    if (completed == 0) {
      return Status.NONE;
    }
    if (limit.kind() == SopLimit.Kind.PROGRAM_END) {
      // No fixed number of days to compare with: the share done by the end of the program decides.
      return within * 10 >= completed * 9 ? Status.GREEN : within * 2 >= completed ? Status.AMBER : Status.RED;
    }
    return p90 <= limit.amount() ? Status.GREEN : median <= limit.amount() ? Status.AMBER : Status.RED;
  }
}
