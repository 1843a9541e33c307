package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.compliance.StepTimes.Tally;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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
  private volatile String upsert;

  public StepTotals(JdbcTemplate jdbc, ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  /** Counts one completed task of an office's step in the month it ended. */
  public void add(String office, String activityId, Instant ended, int daysTaken, boolean onTime) {
    LocalDate month = ended.atZone(zone).toLocalDate().withDayOfMonth(1);
    jdbc.update(upsert(), office, activityId, Date.valueOf(month), daysTaken, onTime ? 1 : 0);
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

  /**
   * An increment that two nodes may run at once for the same row: PostgreSQL's {@code on conflict}
   * (its {@code merge} can fail with a duplicate key when both insert); H2's {@code merge} takes a lock.
   */
  private String upsert() {
    if (upsert == null) {
      boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
      upsert = postgres
          ? "insert into step_time_totals (office_id, activity_id, ended_month, days_taken, completed, on_time)"
              + " values (?, ?, ?, ?, 1, ?) on conflict (office_id, ended_month, activity_id, days_taken) do update"
              + " set completed = step_time_totals.completed + 1, on_time = step_time_totals.on_time + excluded.on_time"
          : "merge into step_time_totals t using (values (cast(? as varchar(16)), cast(? as varchar(255)), cast(? as date),"
              + " cast(? as integer), cast(? as bigint))) s (office_id, activity_id, ended_month, days_taken, on_time)"
              + " on t.office_id = s.office_id and t.ended_month = s.ended_month and t.activity_id = s.activity_id"
              + " and t.days_taken = s.days_taken"
              + " when matched then update set completed = t.completed + 1, on_time = t.on_time + s.on_time"
              + " when not matched then insert (office_id, activity_id, ended_month, days_taken, completed, on_time)"
              + " values (s.office_id, s.activity_id, s.ended_month, s.days_taken, 1, s.on_time)";
    }
    return upsert;
  }
}
