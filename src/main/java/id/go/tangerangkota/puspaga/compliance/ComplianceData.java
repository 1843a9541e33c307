package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the Ketua's figures are made of, read from the engine's runtime and history and from
 * {@code sop_breach}: typed records, no figures. Counts that must stay quick with thousands of
 * open tasks are one grouped SQL query; the rest uses the engine's history queries.
 */
class ComplianceData {

  /** Open tasks of one step and assignee (null: unclaimed), and how many of them are past due. */
  record OpenTasks(String activityId, String assignee, long open, long overdue) {}

  /** One open task, as a figure's list names it. */
  record OpenTask(String processInstanceId, String businessKey, String name, String assignee, Instant due) {}

  /** A task a person completed (not cancelled with its instance or by a referral). */
  record CompletedTask(String activityId, String processInstanceId, String name, String assignee, Instant start,
      Instant end, Instant due) {}

  /** A breach as {@code sop_breach} records it. */
  record Breach(String processInstanceId, String businessKey, int step, String activityName, String assignee,
      Instant deadline) {}

  /** A request: its registration number and whether it is still running. */
  record Request(String businessKey, boolean running) {}

  private final HistoryService history;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  ComplianceData(HistoryService history, IdentityService identity, JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.history = history;
    this.identity = identity;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  List<OpenTasks> openTaskCounts(Instant now) {
    // One grouped query rather than a task list: the Ketua's view must stay quick with thousands of open tasks.
    return jdbc.query("select t.TASK_DEF_KEY_ as activity, t.ASSIGNEE_ as assignee, count(*) as n,"
            + " sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as late"
            + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = ?"
            + " group by t.TASK_DEF_KEY_, t.ASSIGNEE_",
        (rs, i) -> new OpenTasks(rs.getString("activity"), rs.getString("assignee"), rs.getLong("n"), rs.getLong("late")),
        Timestamp.from(now), LayananInformasi.PROCESS_KEY);
  }

  /** Open tasks of these steps, nearest due first; only those due before {@code overdueAt} when given; of one officer ("" unclaimed). */
  List<OpenTask> openTasks(Set<String> activities, Instant overdueAt, String officer, int limit) {
    if (activities.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("select t.PROC_INST_ID_ as pi, e.BUSINESS_KEY_ as bk, t.NAME_ as task,"
        + " t.ASSIGNEE_ as assignee, t.DUE_DATE_ as due from ACT_RU_TASK t"
        + " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " where d.KEY_ = ? and t.TASK_DEF_KEY_ in (");
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

  Map<Integer, Long> breachCounts(CompliancePeriod period) {
    Map<Integer, Long> counts = new HashMap<>();
    jdbc.queryForList("select sop_step, count(*) as n from sop_breach where fired_at >= ? and fired_at < ? group by sop_step",
            start(period), end(period))
        .forEach(row -> counts.put(((Number) row.get("sop_step")).intValue(), ((Number) row.get("n")).longValue()));
    return counts;
  }

  List<Breach> breaches(CompliancePeriod period) {
    return jdbc.query("select process_instance_id, business_key, sop_step, activity_name, assignee, deadline"
            + " from sop_breach where fired_at >= ? and fired_at < ? order by fired_at",
        (rs, i) -> new Breach(rs.getString("process_instance_id"), rs.getString("business_key"), rs.getInt("sop_step"),
            rs.getString("activity_name"), rs.getString("assignee"), DatabaseTimes.instant(rs.getObject("deadline"))),
        start(period), end(period));
  }

  List<CompletedTask> completedTasks(CompliancePeriod period) {
    Instant from = start(period).toInstant();
    Instant to = end(period).toInstant();
    return history.createHistoricTaskInstanceQuery().processDefinitionKey(LayananInformasi.PROCESS_KEY).finished()
        .finishedAfter(Date.from(from)).finishedBefore(Date.from(to))
        .list().stream()
        // Completed, not cancelled with its instance or by a referral.
        .filter(task -> "completed".equals(task.getDeleteReason()))
        // finishedAfter is inclusive in some versions and exclusive in others: the period decides.
        .filter(task -> !task.getEndTime().toInstant().isBefore(from) && task.getEndTime().toInstant().isBefore(to))
        .map(ComplianceData::completed)
        .toList();
  }

  private static CompletedTask completed(HistoricTaskInstance task) {
    return new CompletedTask(task.getTaskDefinitionKey(), task.getProcessInstanceId(), task.getName(), task.getAssignee(),
        task.getStartTime().toInstant(), task.getEndTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  /** The requests of these ids that history knows, by id. */
  Map<String, Request> requests(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId,
            instance -> new Request(instance.getBusinessKey(), instance.getEndTime() == null)));
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
