package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.compliance.StepTimes.CompletedTask;
import id.go.tangerangkota.puspaga.compliance.ComplianceData.OpenTasks;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.InstanceRow;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Load;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.StepFigures;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits.StepLimit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The Ketua's compliance figures for a period: per SOP step as the deployed model states it, per
 * lane and per officer, and the requests behind each figure. The data comes from
 * {@link ComplianceData}, the rules of the figures from {@link StepTimes}.
 */
@Service
public class ComplianceService {

  /** The most instances a figure's list shows; the count says how many there are. */
  static final int MAX_LISTED = 200;

  /** The figures a list can be asked for. */
  public enum Figure { OPEN, OVERDUE, BREACHES, COMPLETED, LATE }

  private final SopStepLimits stepLimits;
  private final ComplianceData data;
  private final StepTotals totals;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public ComplianceService(SopStepLimits stepLimits, IdentityService identity, JdbcTemplate jdbc,
      OfficeCalendars calendars, Clock clock) {
    this.stepLimits = stepLimits;
    this.calendar = calendars.national();
    this.data = new ComplianceData(identity, jdbc, calendar);
    this.totals = new StepTotals(jdbc, calendar.zone());
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(calendar.zone()));
  }

  /** The figures of the offices the filter names (the Ketua's own office; every office for the platform). */
  public ComplianceReport report(CompliancePeriod period, OfficeFilter offices) {
    Instant now = clock.instant();
    // One office's figures follow its own model when it has one; several offices' the shared one.
    String office = offices.single().orElse(null);
    List<StepLimit> steps = stepLimits.steps(office);
    List<OpenTasks> open = data.openTaskCounts(now, offices);
    Map<Integer, Long> breaches = data.breachCounts(period, offices);
    // Several offices' tallies of a step add up (the platform's view of every office).
    Map<String, StepTimes.Tally> completed = new HashMap<>();
    totals.tallies(period, offices).values().forEach(ofOffice -> ofOffice.forEach((activity, tally) ->
        completed.computeIfAbsent(activity, a -> new StepTimes.Tally()).addAll(tally)));
    Map<String, String> groupNames = new HashMap<>();

    List<StepFigures> figures = new ArrayList<>();
    for (StepLimit step : steps) {
      List<OpenTasks> ofStep = open.stream().filter(o -> o.activityId().equals(step.activityId())).toList();
      StepTimes.Kept kept = StepTimes.kept(step.limit(), completed.getOrDefault(step.activityId(), new StepTimes.Tally()));
      figures.add(new StepFigures(step.step(), step.activityId(), step.name(), step.lane(),
          groupNames.computeIfAbsent(step.lane(), data::groupName), step.limitText(),
          step.limit().kind() == SopLimit.Kind.PROGRAM_END ? null : step.limit().amount(), step.unit(),
          ofStep.stream().mapToLong(OpenTasks::open).sum(), ofStep.stream().mapToLong(OpenTasks::overdue).sum(),
          breaches.getOrDefault(step.step(), 0L), kept.completed(), kept.within(), kept.withinPercent(), kept.median(),
          kept.p90(), kept.status()));
    }

    var definition = stepLimits.latestDefinition(office);
    String definitionId = definition == null ? null : definition.getId();
    return new ComplianceReport(ComplianceReport.Period.of(period),
        now.atZone(calendar.zone()).toOffsetDateTime(), definitionId, figures, laneLoads(steps, open, groupNames),
        officerLoads(open));
  }

  private List<Load> laneLoads(List<StepLimit> steps, List<OpenTasks> open, Map<String, String> groupNames) {
    Map<String, String> laneOf = steps.stream().collect(Collectors.toMap(StepLimit::activityId, StepLimit::lane, (a, b) -> a));
    Map<String, long[]> lanes = new LinkedHashMap<>();
    steps.stream().map(StepLimit::lane).distinct().forEach(lane -> lanes.put(lane, new long[2]));
    for (OpenTasks o : open) {
      String lane = laneOf.get(o.activityId());
      if (lane != null) {
        add(lanes.computeIfAbsent(lane, l -> new long[2]), o);
      }
    }
    return lanes.entrySet().stream()
        .map(e -> new Load(e.getKey(), groupNames.computeIfAbsent(e.getKey(), data::groupName), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private List<Load> officerLoads(List<OpenTasks> open) {
    Map<String, long[]> officers = new HashMap<>();
    open.forEach(o -> add(officers.computeIfAbsent(o.assignee() == null ? "" : o.assignee(), a -> new long[2]), o));
    return officers.entrySet().stream()
        .map(e -> e.getKey().isEmpty()
            ? new Load(null, "Belum diklaim", e.getValue()[0], e.getValue()[1])
            : new Load(e.getKey(), data.userName(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparing((Load l) -> l.id() == null).thenComparing(Load::overdue, Comparator.reverseOrder())
            .thenComparing(Load::open, Comparator.reverseOrder()).thenComparing(Load::name))
        .toList();
  }

  private static void add(long[] load, OpenTasks tasks) {
    load[0] += tasks.open();
    load[1] += tasks.overdue();
  }

  /** The instances behind one figure, as links for the Ketua: at most {@value #MAX_LISTED}, most urgent first. */
  public List<InstanceRow> instances(CompliancePeriod period, Figure figure, Integer step, String lane, String officer,
      OfficeFilter offices) {
    List<StepLimit> steps = stepLimits.steps(offices.single().orElse(null)).stream()
        .filter(s -> step == null || s.step() == step)
        .filter(s -> lane == null || lane.equals(s.lane()))
        .toList();
    List<InstanceRow> rows = switch (figure) {
      case OPEN, OVERDUE -> openRows(steps, figure == Figure.OVERDUE, officer, offices);
      case BREACHES -> breachRows(period, steps, offices);
      case COMPLETED, LATE -> completedRows(period, steps, figure == Figure.LATE, offices);
    };
    return rows.size() > MAX_LISTED ? rows.subList(0, MAX_LISTED) : rows;
  }

  private List<InstanceRow> openRows(List<StepLimit> steps, boolean overdueOnly, String officer, OfficeFilter offices) {
    Set<String> activities = steps.stream().map(StepLimit::activityId).collect(Collectors.toSet());
    return data.openTasks(activities, overdueOnly ? clock.instant() : null, officer, MAX_LISTED, offices).stream()
        .map(task -> row(task.processInstanceId(), task.businessKey(), task.name(), task.assignee(), task.due(), true,
            null, null))
        .toList();
  }

  private List<InstanceRow> breachRows(CompliancePeriod period, List<StepLimit> steps, OfficeFilter offices) {
    Set<Integer> numbers = steps.stream().map(StepLimit::step).collect(Collectors.toSet());
    List<ComplianceData.Breach> breaches = data.breaches(period, offices).stream().filter(b -> numbers.contains(b.step())).toList();
    Map<String, ComplianceData.Request> requests =
        data.requests(breaches.stream().map(ComplianceData.Breach::processInstanceId).toList());
    return breaches.stream()
        .map(b -> row(b.processInstanceId(), b.businessKey(), b.activityName(), b.assignee(), b.deadline(),
            requests.containsKey(b.processInstanceId()) && requests.get(b.processInstanceId()).running(), null, null))
        .toList();
  }

  private List<InstanceRow> completedRows(CompliancePeriod period, List<StepLimit> steps, boolean lateOnly,
      OfficeFilter offices) {
    Map<String, StepLimit> byActivity = steps.stream().collect(Collectors.toMap(StepLimit::activityId, s -> s));
    // Late as counted when the task was completed, so that the list holds what the table counted.
    List<ComplianceData.DoneTask> tasks = data.completedTasks(period, offices).stream()
        .filter(done -> byActivity.containsKey(done.task().activityId()))
        .filter(done -> !lateOnly || !done.onTime())
        .sorted(Comparator.comparing(done -> done.task().end()))
        .toList();
    Map<String, ComplianceData.Request> requests =
        data.requests(tasks.stream().map(done -> done.task().processInstanceId()).distinct().toList());
    return tasks.stream().map(done -> {
      CompletedTask task = done.task();
      ComplianceData.Request request = requests.get(task.processInstanceId());
      return row(task.processInstanceId(), request == null ? null : request.businessKey(), task.name(), task.assignee(),
          task.due(), request != null && request.running(), task.end().atZone(calendar.zone()).toOffsetDateTime(),
          done.daysTaken());
    }).toList();
  }

  private InstanceRow row(String processInstanceId, String businessKey, String task, String assignee, Instant due,
      boolean running, OffsetDateTime completedAt, Integer taken) {
    return new InstanceRow(processInstanceId, businessKey, task, assignee,
        assignee == null ? null : data.userName(assignee), due == null ? null : due.atZone(calendar.zone()).toOffsetDateTime(),
        running, completedAt, taken);
  }
}
