package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits.StepLimit;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out the days taken of the steps completed before they were counted at completion (rows of
 * {@code step_statistics} from before V17, or written by hand), against the step's limit in the
 * office's latest model, and adds them to the monthly totals. Runs at start; once nothing is left
 * it is one indexed query. Two nodes starting together do not count a row twice: a row is claimed
 * by an update that only one of them can make.
 */
@Component
public class StepTotalsBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StepTotalsBackfill.class);
  private static final int BATCH = 1000;

  private record Untallied(String taskId, String activityId, String processInstanceId, Instant start, Instant end,
      Instant due, String office) {}

  private final JdbcTemplate jdbc;
  /** Reads a batch at a time (portable: no limit clause). */
  private final JdbcTemplate batches;
  private final SopStepLimits limits;
  private final StepTimes times;
  private final StepTotals totals;
  private final TransactionTemplate transaction;

  StepTotalsBackfill(JdbcTemplate jdbc, SopStepLimits limits, OfficeCalendars calendars,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.batches = new JdbcTemplate(jdbc.getDataSource());
    this.batches.setMaxRows(BATCH);
    this.limits = limits;
    this.times = new StepTimes(calendars::of);
    this.totals = new StepTotals(jdbc, calendars.national().zone());
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments arguments) {
    int filled = fill();
    if (filled > 0) {
      log.info("Counted the days taken of {} steps completed before they were counted at completion", filled);
    }
  }

  /** Fills every row still without its days taken; returns how many it counted. */
  public int fill() {
    Map<String, Map<String, SopLimit>> models = new HashMap<>();
    int filled = 0;
    while (true) {
      List<Untallied> rows = batches.query("select s.task_id, s.activity_id, s.process_instance_id, s.started_at, s.ended_at,"
              + " s.due_at, coalesce(s.office_id, r.office_id) from step_statistics s left join request_statistics r"
              + " on r.process_instance_id = s.process_instance_id where s.days_taken is null",
          (rs, i) -> new Untallied(rs.getString(1), rs.getString(2), rs.getString(3), DatabaseTimes.instant(rs.getObject(4)),
              DatabaseTimes.instant(rs.getObject(5)), rs.getObject(6) == null ? null : DatabaseTimes.instant(rs.getObject(6)),
              rs.getString(7)));
      if (rows.isEmpty()) {
        return filled;
      }
      filled += transaction.execute(status -> {
        int counted = 0;
        for (Untallied row : rows) {
          SopLimit limit = models.computeIfAbsent(row.office() == null ? "" : row.office(), office ->
              limits.steps(office.isEmpty() ? null : office).stream()
                  .collect(Collectors.toMap(StepLimit::activityId, StepLimit::limit, (a, b) -> a))).get(row.activityId());
          StepTimes.Measured measured = times.measure(limit, new StepTimes.CompletedTask(row.activityId(),
              row.processInstanceId(), null, null, row.start(), row.end(), row.due(), row.office()));
          int claimed = jdbc.update("update step_statistics set office_id = ?, days_taken = ?, within_limit = ?"
              + " where task_id = ? and days_taken is null", row.office(), measured.daysTaken(), measured.onTime(), row.taskId());
          if (claimed == 1 && limit != null && row.office() != null) {
            totals.add(row.office(), row.activityId(), row.end(), measured.daysTaken(), measured.onTime());
            counted++;
          }
        }
        return counted;
      });
    }
  }
}
