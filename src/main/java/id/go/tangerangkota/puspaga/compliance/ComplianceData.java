package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.compliance.StepTimes.CompletedTask;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the Ketua's figures are made of: the open tasks from the engine's runtime, the rest from the
 * anonymous statistics ({@code step_statistics}, {@code request_statistics}, written by
 * RequestStatistics) and {@code sop_breach}, never from the engine's history, which the retention
 * of personal data erases. Typed records, no figures.
 */
class ComplianceData {

  /** Open tasks of one step and assignee (null: unclaimed), and how many of them are past due. */
  record OpenTasks(String activityId, String assignee, long open, long overdue) {}

  /** One open task, as a figure's list names it. */
  record OpenTask(String processInstanceId, String businessKey, String name, String assignee, Instant due) {}

  /** A breach as {@code sop_breach} records it. */
  record Breach(String processInstanceId, String businessKey, int step, String activityName, String assignee,
      Instant deadline) {}

  /** A request: its registration number and whether it is still running. */
  record Request(String businessKey, boolean running) {}

  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  ComplianceData(IdentityService identity, JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.identity = identity;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  List<OpenTasks> openTaskCounts(Instant now, OfficeFilter offices) {
    // One grouped query rather than a task list: the Ketua's view must stay quick with thousands of open tasks.
    return jdbc.query("select t.TASK_DEF_KEY_ as activity, t.ASSIGNEE_ as assignee, count(*) as n,"
            + " sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as late"
            + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = ?"
            + " and " + offices.sql("t.TENANT_ID_") + " group by t.TASK_DEF_KEY_, t.ASSIGNEE_",
        (rs, i) -> new OpenTasks(rs.getString("activity"), rs.getString("assignee"), rs.getLong("n"), rs.getLong("late")),
        Timestamp.from(now), LayananInformasi.PROCESS_KEY);
  }

  /** Open tasks of these steps, nearest due first; only those due before {@code overdueAt} when given; of one officer ("" unclaimed). */
  List<OpenTask> openTasks(Set<String> activities, Instant overdueAt, String officer, int limit, OfficeFilter offices) {
    if (activities.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("select t.PROC_INST_ID_ as pi, e.BUSINESS_KEY_ as bk, t.NAME_ as task,"
        + " t.ASSIGNEE_ as assignee, t.DUE_DATE_ as due from ACT_RU_TASK t"
        + " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " where d.KEY_ = ? and " + offices.sql("t.TENANT_ID_") + " and t.TASK_DEF_KEY_ in (");
    List<Object> arguments = new ArrayList<>(List.of(LayananInformasi.PROCESS_KEY));
    sql.append(String.join(",", activities.stream().map(a -> "?").toList())).append(")");
    arguments.addAll(activities);
    if (overdueAt != null) {
      sql.append(" and t.DUE_DATE_ < ?");
      arguments.add(Timestamp.from(overdueAt));
    }
    if (officer != null) {
      if (officer.isEmpty()) {
        sql.append(" and t.ASSIGNEE_ is null");
      } else {
        sql.append(" and t.ASSIGNEE_ = ?");
        arguments.add(officer);
      }
    }
    sql.append(" order by t.DUE_DATE_, t.PROC_INST_ID_ fetch first " + limit + " rows only");
    return jdbc.query(sql.toString(), (rs, i) -> new OpenTask(rs.getString("pi"), rs.getString("bk"), rs.getString("task"),
        rs.getString("assignee"), rs.getTimestamp("due") == null ? null : rs.getTimestamp("due").toInstant()),
        arguments.toArray());
  }

  Map<Integer, Long> breachCounts(CompliancePeriod period, OfficeFilter offices) {
    Map<Integer, Long> counts = new HashMap<>();
    jdbc.queryForList("select sop_step, count(*) as n from sop_breach where fired_at >= ? and fired_at < ?"
            + inOffice(offices) + " group by sop_step",
            start(period), end(period))
        .forEach(row -> counts.put(((Number) row.get("sop_step")).intValue(), ((Number) row.get("n")).longValue()));
    return counts;
  }

  List<Breach> breaches(CompliancePeriod period, OfficeFilter offices) {
    return jdbc.query("select process_instance_id, business_key, sop_step, activity_name, assignee, deadline"
            + " from sop_breach where fired_at >= ? and fired_at < ?" + inOffice(offices) + " order by fired_at",
        (rs, i) -> new Breach(rs.getString("process_instance_id"), rs.getString("business_key"), rs.getInt("sop_step"),
            rs.getString("activity_name"), rs.getString("assignee"), DatabaseTimes.instant(rs.getObject("deadline"))),
        start(period), end(period));
  }

  /** A completed task with the days it took and whether it was on time, as counted when it was completed. */
  record DoneTask(CompletedTask task, int daysTaken, boolean onTime) {}

  /** The tasks completed in the period, from the anonymous statistics (they outlive the request's history). */
  List<DoneTask> completedTasks(CompliancePeriod period, OfficeFilter offices) {
    return jdbc.query("select activity_id, process_instance_id, name, assignee, started_at, ended_at, due_at, office_id,"
            + " days_taken, within_limit from step_statistics where ended_at >= ? and ended_at < ? and days_taken > 0 and "
            + offices.sql("office_id"),
        (rs, i) -> new DoneTask(new CompletedTask(rs.getString("activity_id"), rs.getString("process_instance_id"),
            rs.getString("name"), rs.getString("assignee"), DatabaseTimes.instant(rs.getObject("started_at")),
            DatabaseTimes.instant(rs.getObject("ended_at")),
            rs.getObject("due_at") == null ? null : DatabaseTimes.instant(rs.getObject("due_at")), rs.getString("office_id")),
            rs.getInt("days_taken"), rs.getBoolean("within_limit")),
        start(period), end(period));
  }

  /** The requests of these ids, by id: their registration numbers and whether they still run. */
  Map<String, Request> requests(Collection<String> ids) {
    Map<String, Request> requests = new HashMap<>();
    List<String> all = List.copyOf(Set.copyOf(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      jdbc.query("select process_instance_id, business_key, ended_at from request_statistics where process_instance_id in ("
              + String.join(",", chunk.stream().map(id -> "?").toList()) + ")",
          rs -> {
            requests.put(rs.getString("process_instance_id"),
                new Request(rs.getString("business_key"), rs.getObject("ended_at") == null));
          }, chunk.toArray());
    }
    return requests;
  }

  /** Rows of the offices' requests, by the office the statistics record for each request. */
  static String inOffice(OfficeFilter offices) {
    return offices.offices() == null ? "" : " and process_instance_id in (select s.process_instance_id from request_statistics s"
        + " where " + offices.sql("s.office_id") + ")";
  }

  String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  String userName(String userId) {
    return DocumentService.fullName(identity, userId);
  }

  private Timestamp start(CompliancePeriod period) {
    return Timestamp.from(period.start().atStartOfDay(calendar.zone()).toInstant());
  }

  private Timestamp end(CompliancePeriod period) {
    return Timestamp.from(period.end().atStartOfDay(calendar.zone()).toInstant());
  }
}
