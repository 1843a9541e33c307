package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.compliance.StepTimes.Tally;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import java.sql.Date;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly totals of the days each office's steps took ({@code step_time_totals}): one row per
 * office, month, step and number of days, counting the tasks and how many were on time. A task is
 * added when it is completed, in the same transaction; the figures of any period of whole months
 * are sums of these rows. (Public for the process tests and benchmarks, which build their engines
 * without Spring.)
 */
public class StepTotals {

  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  private volatile Boolean postgres;

  public StepTotals(JdbcTemplate jdbc, ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  /** Counts one completed task of an office's step in the month it ended. */
  public void add(String office, String activityId, Instant ended, int daysTaken, boolean onTime) {
    Date month = Date.valueOf(ended.atZone(zone).toLocalDate().withDayOfMonth(1));
    int onTimeCount = onTime ? 1 : 0;
    if (postgres()) {
      jdbc.update(PG_UPSERT, office, activityId, month, daysTaken, onTimeCount);
      return;
    }
    // H2's merge does not lock a row it is about to insert: two transactions adding the month's
    // first task at once meet at the primary key, and the one that loses adds to the winner's row
    // (ConcurrentDocumentsIT failed with a duplicate key on merge).
    if (increment(office, activityId, month, daysTaken, onTimeCount) == 0) {
      try {
        jdbc.update("insert into step_time_totals (office_id, activity_id, ended_month, days_taken, completed, on_time)"
            + " values (?, ?, ?, ?, 1, ?)", office, activityId, month, daysTaken, onTimeCount);
      } catch (DuplicateKeyException raced) {
        increment(office, activityId, month, daysTaken, onTimeCount);
      }
    }
  }

  private int increment(String office, String activityId, Date month, int daysTaken, int onTime) {
    return jdbc.update("update step_time_totals set completed = completed + 1, on_time = on_time + ? where office_id = ?"
        + " and ended_month = ? and activity_id = ? and days_taken = ?", onTime, office, month, activityId, daysTaken);
  }

  /** Office, then step (activity id): the tallies of the period's tasks of the offices the filter names. */
  public Map<String, Map<String, Tally>> tallies(CompliancePeriod period, OfficeFilter offices) {
    Map<String, Map<String, Tally>> tallies = new HashMap<>();
    jdbc.query("select office_id, activity_id, days_taken, sum(completed), sum(on_time) from step_time_totals"
            + " where ended_month >= ? and ended_month < ? and " + offices.sql("office_id")
            + " group by office_id, activity_id, days_taken",
        rs -> {
          tallies.computeIfAbsent(rs.getString(1), office -> new HashMap<>())
              .computeIfAbsent(rs.getString(2), activity -> new Tally())
              .add(rs.getInt(3), rs.getLong(4), rs.getLong(5));
        },
        Date.valueOf(period.start().withDayOfMonth(1)), Date.valueOf(period.end()));
    return tallies;
  }

  /** PostgreSQL's {@code on conflict} (its {@code merge} can fail with a duplicate key when two insert at once). */
  private static final String PG_UPSERT = "insert into step_time_totals (office_id, activity_id, ended_month, days_taken,"
      + " completed, on_time) values (?, ?, ?, ?, 1, ?) on conflict (office_id, ended_month, activity_id, days_taken) do update"
      + " set completed = step_time_totals.completed + 1, on_time = step_time_totals.on_time + excluded.on_time";

  private boolean postgres() {
    if (postgres == null) {
      postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
    }
    return postgres;
  }
}
