package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Load;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Status;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.StepFigures;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits.StepLimit;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the Ketua's compliance figures from the engine's runtime and history and from the
 * table {@code sop_breach}, counting time with the office's working-day calendar.
 *
 * <p>A task's time taken is the number of (working) days it needed in the sense of its limit:
 * the smallest n for which it was done by the deadline "n hari kerja" (or "n hari") from its
 * start would give. A task done within "1 hari kerja" took 1, whether in ten minutes or by closing
 * time on the next working day; a task started before a holiday block is not charged for it.
 */
@Service
public class ComplianceService {

  /** The most instances a figure's list shows; the count says how many there are. */
  static final int MAX_LISTED = 200;

  private final SopStepLimits stepLimits;
  private final HistoryService history;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public ComplianceService(SopStepLimits stepLimits, HistoryService history, IdentityService identity, JdbcTemplate jdbc,
      WorkingDayCalendar calendar, Clock clock) {
    this.stepLimits = stepLimits;
    this.history = history;
    this.identity = identity;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(calendar.zone()));
  }

  public ComplianceReport report(CompliancePeriod period) {
    Instant now = clock.instant();
    List<StepLimit> steps = stepLimits.steps();
    List<OpenTasks> open = openTasks(now);
    Map<Integer, Long> breaches = new HashMap<>();
    jdbc.queryForList("select sop_step, count(*) as n from sop_breach where fired_at >= ? and fired_at < ? group by sop_step",
            start(period), end(period))
        .forEach(row -> breaches.put(((Number) row.get("sop_step")).intValue(), ((Number) row.get("n")).longValue()));
    Map<String, List<HistoricTaskInstance>> completed = completedTasks(period).stream()
        .collect(Collectors.groupingBy(HistoricTaskInstance::getTaskDefinitionKey));
    Map<String, String> groupNames = new HashMap<>();

    List<StepFigures> figures = new ArrayList<>();
    for (StepLimit step : steps) {
      List<OpenTasks> ofStep = open.stream().filter(o -> o.activityId().equals(step.activityId())).toList();
      List<HistoricTaskInstance> done = completed.getOrDefault(step.activityId(), List.of());
      List<Integer> taken = done.stream().map(task -> taken(step.limit(), task)).sorted().toList();
      long within = done.stream().filter(task -> withinLimit(step, task)).count();
      Integer median = percentile(taken, 50);
      Integer p90 = percentile(taken, 90);
      figures.add(new StepFigures(step.step(), step.activityId(), step.name(), step.lane(),
          groupNames.computeIfAbsent(step.lane(), this::groupName), step.limitText(),
          step.limit().kind() == SopLimit.Kind.PROGRAM_END ? null : step.limit().amount(), step.unit(),
          ofStep.stream().mapToLong(OpenTasks::open).sum(), ofStep.stream().mapToLong(OpenTasks::overdue).sum(),
          breaches.getOrDefault(step.step(), 0L), done.size(), within,
          done.isEmpty() ? null : (int) Math.round(100.0 * within / done.size()), median, p90,
          status(step, done.size(), within, median, p90)));
    }

    Map<String, String> laneOf = steps.stream().collect(Collectors.toMap(StepLimit::activityId, StepLimit::lane, (a, b) -> a));
    Map<String, long[]> lanes = new LinkedHashMap<>();
    steps.stream().map(StepLimit::lane).distinct().forEach(lane -> lanes.put(lane, new long[2]));
    Map<String, long[]> officers = new HashMap<>();
    for (OpenTasks o : open) {
      String lane = laneOf.get(o.activityId());
      if (lane != null) {
        add(lanes.computeIfAbsent(lane, l -> new long[2]), o);
      }
      add(officers.computeIfAbsent(o.assignee() == null ? "" : o.assignee(), a -> new long[2]), o);
    }
    List<Load> laneLoads = lanes.entrySet().stream()
        .map(e -> new Load(e.getKey(), groupNames.computeIfAbsent(e.getKey(), this::groupName), e.getValue()[0], e.getValue()[1]))
        .toList();
    List<Load> officerLoads = officers.entrySet().stream()
        .map(e -> e.getKey().isEmpty()
            ? new Load(null, "Belum diklaim", e.getValue()[0], e.getValue()[1])
            : new Load(e.getKey(), userName(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparing((Load l) -> l.id() == null).thenComparing(Load::overdue, Comparator.reverseOrder())
            .thenComparing(Load::open, Comparator.reverseOrder()).thenComparing(Load::name))
        .toList();

    String definitionId = stepLimits.latestDefinition() == null ? null : stepLimits.latestDefinition().getId();
    return new ComplianceReport(new ComplianceReport.Period(period.code(), period.label(), period.start(), period.lastDay()),
        now.atZone(calendar.zone()).toOffsetDateTime(), definitionId, figures, laneLoads, officerLoads);
  }

  /** The instances behind one figure, as links for the Ketua: at most {@value #MAX_LISTED}, most urgent first. */
  public List<Map<String, Object>> instances(CompliancePeriod period, Figure figure, Integer step, String lane, String officer) {
    List<StepLimit> steps = stepLimits.steps().stream()
        .filter(s -> step == null || s.step() == step)
        .filter(s -> lane == null || lane.equals(s.lane()))
        .toList();
    Set<String> activities = steps.stream().map(StepLimit::activityId).collect(Collectors.toSet());
    List<Map<String, Object>> rows = switch (figure) {
      case OPEN, OVERDUE -> openTaskRows(activities, figure == Figure.OVERDUE, officer);
      case BREACHES -> breachRows(period, steps);
      case COMPLETED, LATE -> completedRows(period, steps, figure == Figure.LATE);
    };
    return rows.size() > MAX_LISTED ? rows.subList(0, MAX_LISTED) : rows;
  }

  /** The figures a list can be asked for. */
  public enum Figure { OPEN, OVERDUE, BREACHES, COMPLETED, LATE }

  private record OpenTasks(String activityId, String assignee, long open, long overdue) {}

  private List<OpenTasks> openTasks(Instant now) {
    // One grouped query rather than a task list: the Ketua's view must stay quick with thousands of open tasks.
    return jdbc.query("select t.TASK_DEF_KEY_ as activity, t.ASSIGNEE_ as assignee, count(*) as n,"
            + " sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as late"
            + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = ?"
            + " group by t.TASK_DEF_KEY_, t.ASSIGNEE_",
        (rs, i) -> new OpenTasks(rs.getString("activity"), rs.getString("assignee"), rs.getLong("n"), rs.getLong("late")),
        Timestamp.from(now), LayananInformasi.PROCESS_KEY);
  }

  private List<HistoricTaskInstance> completedTasks(CompliancePeriod period) {
    return history.createHistoricTaskInstanceQuery().processDefinitionKey(LayananInformasi.PROCESS_KEY).finished()
        .finishedAfter(java.util.Date.from(start(period).toInstant()))
        .finishedBefore(java.util.Date.from(end(period).toInstant()))
        .list().stream()
        .filter(ComplianceService::completedByAPerson)
        // finishedAfter is inclusive in some versions and exclusive in others: the period decides.
        .filter(task -> !task.getEndTime().toInstant().isBefore(start(period).toInstant())
            && task.getEndTime().toInstant().isBefore(end(period).toInstant()))
        .toList();
  }

  /** Completed, not cancelled with its instance or by a referral. */
  private static boolean completedByAPerson(HistoricTaskInstance task) {
    return "completed".equals(task.getDeleteReason());
  }

  int taken(SopLimit limit, HistoricTaskInstance task) {
    return taken(limit, task.getStartTime().toInstant(), task.getEndTime().toInstant());
  }

  /** The smallest n for which "n (hari kerja)" from start would have been met by end. */
  int taken(SopLimit limit, Instant start, Instant end) {
    for (int n = 1; ; n++) {
      ZonedDateTime deadline = limit.kind() == SopLimit.Kind.DAYS ? calendar.daysAfter(start, n)
          : calendar.workingDaysAfter(start, n);
      if (!end.isAfter(deadline.toInstant())) {
        return n;
      }
    }
  }

  /** Done by its deadline: its due date as it stood (the Ketua may have moved it), else the SOP's. */
  private boolean withinLimit(StepLimit step, HistoricTaskInstance task) {
    Instant end = task.getEndTime().toInstant();
    if (task.getDueDate() != null) {
      return !end.isAfter(task.getDueDate().toInstant());
    }
    return step.limit().kind() != SopLimit.Kind.PROGRAM_END
        && taken(step.limit(), task) <= step.limit().amount();
  }

  /** Nearest rank: the smallest value with at least p % of the values at or below it. */
  static Integer percentile(List<Integer> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static Status status(StepLimit step, long completed, long within, Integer median, Integer p90) {
    if (completed == 0) {
      return Status.NONE;
    }
    if (step.limit().kind() == SopLimit.Kind.PROGRAM_END) {
      // No fixed number of days to compare with: the share done by the end of the program decides.
      return within * 10 >= completed * 9 ? Status.GREEN : within * 2 >= completed ? Status.AMBER : Status.RED;
    }
    int limit = step.limit().amount();
    return p90 <= limit ? Status.GREEN : median <= limit ? Status.AMBER : Status.RED;
  }

  private static void add(long[] load, OpenTasks tasks) {
    load[0] += tasks.open();
    load[1] += tasks.overdue();
  }

  private List<Map<String, Object>> openTaskRows(Set<String> activities, boolean overdueOnly, String officer) {
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
    if (overdueOnly) {
      sql.append(" and t.DUE_DATE_ < ?");
      arguments.add(Timestamp.from(clock.instant()));
    }
    if (officer != null) {
      if (officer.isEmpty()) {
        sql.append(" and t.ASSIGNEE_ is null");
      } else {
        sql.append(" and t.ASSIGNEE_ = ?");
        arguments.add(officer);
      }
    }
    sql.append(" order by t.DUE_DATE_, t.PROC_INST_ID_ fetch first " + MAX_LISTED + " rows only");
    return jdbc.query(sql.toString(), (rs, i) -> row(rs.getString("pi"), rs.getString("bk"), rs.getString("task"),
        rs.getString("assignee"), rs.getTimestamp("due") == null ? null : rs.getTimestamp("due").toInstant(), true),
        arguments.toArray());
  }

  private List<Map<String, Object>> breachRows(CompliancePeriod period, List<StepLimit> steps) {
    Set<Integer> numbers = steps.stream().map(StepLimit::step).collect(Collectors.toSet());
    List<Map<String, Object>> breaches = jdbc.queryForList("select process_instance_id, business_key, sop_step, activity_name,"
        + " assignee, deadline from sop_breach where fired_at >= ? and fired_at < ? order by fired_at", start(period), end(period));
    Set<String> running = runningInstances(breaches.stream().map(b -> (String) b.get("process_instance_id")).toList());
    return breaches.stream().filter(b -> numbers.contains(((Number) b.get("sop_step")).intValue()))
        .map(b -> row((String) b.get("process_instance_id"), (String) b.get("business_key"), (String) b.get("activity_name"),
            (String) b.get("assignee"), DatabaseTimes.instant(b.get("deadline")),
            running.contains((String) b.get("process_instance_id"))))
        .toList();
  }

  private List<Map<String, Object>> completedRows(CompliancePeriod period, List<StepLimit> steps, boolean lateOnly) {
    Map<String, StepLimit> byActivity = steps.stream().collect(Collectors.toMap(StepLimit::activityId, s -> s));
    List<HistoricTaskInstance> tasks = completedTasks(period).stream()
        .filter(task -> byActivity.containsKey(task.getTaskDefinitionKey()))
        .filter(Predicate.not(task -> lateOnly && withinLimit(byActivity.get(task.getTaskDefinitionKey()), task)))
        .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime))
        .toList();
    List<String> ids = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toList();
    Map<String, HistoricProcessInstance> instances = ids.isEmpty() ? Map.of()
        : history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
            .collect(Collectors.toMap(HistoricProcessInstance::getId, p -> p));
    return tasks.stream().map(task -> {
      HistoricProcessInstance instance = instances.get(task.getProcessInstanceId());
      Map<String, Object> row = row(task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(),
          task.getName(), task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
          instance != null && instance.getEndTime() == null);
      row.put("completedAt", task.getEndTime().toInstant().atZone(calendar.zone()).toOffsetDateTime());
      row.put("taken", taken(byActivity.get(task.getTaskDefinitionKey()).limit(), task));
      return row;
    }).toList();
  }

  private Set<String> runningInstances(List<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).unfinished().list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  private Map<String, Object> row(String processInstanceId, String businessKey, String task, String assignee, Instant due,
      boolean running) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("processInstanceId", processInstanceId);
    row.put("businessKey", businessKey);
    row.put("task", task);
    row.put("assignee", assignee);
    row.put("assigneeName", assignee == null ? null : userName(assignee));
    row.put("due", due == null ? null : due.atZone(calendar.zone()).toOffsetDateTime());
    row.put("running", running);
    return row;
  }

  private Timestamp start(CompliancePeriod period) {
    return Timestamp.from(period.start().atStartOfDay(calendar.zone()).toInstant());
  }

  private Timestamp end(CompliancePeriod period) {
    return Timestamp.from(period.end().atStartOfDay(calendar.zone()).toInstant());
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private String userName(String userId) {
    return DocumentService.fullName(identity, userId);
  }
}
