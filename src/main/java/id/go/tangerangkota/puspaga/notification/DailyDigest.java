package id.go.tangerangkota.puspaga.notification;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.PROCESS_KEY;

import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.SopSteps;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Ketua's morning mail (07:00 WIB, working days only, as the calendar says): the breaches
 * whose step is still open, the tasks due today and on the next working day per lane, the
 * documents stuck in an incident and the mails that could not be sent. One digest per office, to
 * its own Ketua, with its own requests only.
 */
@Component
public class DailyDigest {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

  /** A line of the digest. */
  public record Line(String request, String what, String when) {}

  /** A lane and its tasks due on one day. */
  public record LaneTasks(String lane, List<Line> tasks) {}

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SopSteps steps;
  private final TaskMails taskMails;
  private final MailTemplates templates;
  private final MailOutbox outbox;
  private final WorkingDayCalendar calendar;
  private final OfficeCalendars calendars;
  private final OfficeRegistry offices;
  private final Clock clock;

  public DailyDigest(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, IdentityService identity,
      SopSteps steps, TaskMails taskMails, MailTemplates templates, MailOutbox outbox, WorkingDayCalendar calendar, OfficeCalendars calendars,
      OfficeRegistry offices, Clock clock) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.steps = steps;
    this.taskMails = taskMails;
    this.templates = templates;
    this.outbox = outbox;
    this.calendar = calendar;
    this.calendars = calendars;
    this.offices = offices;
    this.clock = clock;
  }

  /** Writes today's digest for every Ketua of every office, if today is a working day; returns how many. */
  public int sendForToday() {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    if (!calendar.isWorkingDay(today)) {
      LOG.info("No daily digest on {}: not a working day", today);
      return 0;
    }
    int written = 0;
    for (Office office : offices.all()) {
      written += sendForToday(office, today);
    }
    return written;
  }

  private int sendForToday(Office office, LocalDate today) {
    WorkingDayCalendar calendar = calendars.of(office.id());
    if (!calendar.isWorkingDay(today)) {
      LOG.info("No daily digest on {} for office {}: not its working day", today, office.id());
      return 0;
    }
    LocalDate next = calendar.nextWorkingDayFrom(today.plusDays(1));
    Map<String, Object> model = new HashMap<>();
    model.put("office", office.letterhead());
    model.put("today", DAY.format(today));
    model.put("nextDay", DAY.format(next));
    boolean first = office.id().equals(offices.defaultOfficeId());
    List<Line> breaches = openBreaches(office.id());
    model.put("breaches", breaches);
    model.put("dueToday", dueOn(office.id(), today));
    model.put("dueNext", dueOn(office.id(), next));
    List<Line> incidents = incidents(office.id());
    model.put("incidents", incidents);
    long failedMails = outbox.countByStatus().get(MailOutbox.FAILED);
    model.put("failedMails", failedMails);
    model.put("link", taskMails.taskLink(null));
    var rendered = templates.render("ringkasan-harian", model);
    int written = 0;
    for (User user : new Recipients(identity, office.id()).usersOf(Recipients.KETUA)) {
      var address = Recipients.usable(user, "ringkasan harian " + today);
      // The first office keeps the key it had as the only office, so a digest written before the upgrade is not sent twice.
      String key = "digest:" + today + ":" + (first ? "" : office.id() + ":") + user.getId();
      if (address.isPresent() && outbox.enqueueOnce(new OutgoingMail(MailKind.DIGEST, key,
          List.of(address.get()), List.of(), rendered.subject(), rendered.text(), rendered.html()).from(office.mailSender()))) {
        written++;
      }
    }
    LOG.info("Daily digest {} of office {}: {} open breaches, {} incidents, {} failed mails; written for {} recipient(s)",
        today, office.id(), breaches.size(), incidents.size(), failedMails, written);
    return written;
  }

  private List<Line> openBreaches(String office) {
    List<Line> lines = new ArrayList<>();
    jdbc.query("select b.business_key, b.sop_step, b.activity_name, b.deadline from sop_breach b"
            + " where exists (select 1 from act_ru_execution e where e.proc_inst_id_ = b.process_instance_id"
            + " and e.id_ = e.proc_inst_id_ and e.tenant_id_ = ?)"
            + " and (b.task_id is null or exists (select 1 from act_ru_task t where t.id_ = b.task_id))"
            + " order by b.deadline, b.business_key",
        rs -> {
          Timestamp deadline = rs.getTimestamp("deadline");
          lines.add(new Line(rs.getString("business_key"),
              "Langkah " + rs.getInt("sop_step") + " SOP: " + rs.getString("activity_name"),
              "tenggat " + taskMails.moment(deadline.toInstant())));
        }, office);
    return lines;
  }

  private List<LaneTasks> dueOn(String office, LocalDate day) {
    Date from = Date.from(day.atStartOfDay(calendar.zone()).toInstant());
    Date to = Date.from(day.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    Map<String, List<Line>> byLane = new LinkedHashMap<>();
    for (Task task : tasks.createTaskQuery().tenantIdIn(office).processDefinitionKey(PROCESS_KEY).active().dueAfter(new Date(from.getTime() - 1))
        .dueBefore(to).orderByDueDate().asc().list()) {
      var step = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
      String holder = task.getAssignee() != null ? "dikerjakan " + task.getAssignee() : "belum diklaim";
      byLane.computeIfAbsent(laneName(step.candidateGroup()), lane -> new ArrayList<>())
          .add(new Line(businessKey(task.getProcessInstanceId()),
              (step.number() == null ? "" : "Langkah " + step.number() + " SOP: ") + task.getName(),
              holder + ", tenggat " + taskMails.moment(task.getDueDate().toInstant())));
    }
    return byLane.entrySet().stream().map(e -> new LaneTasks(e.getKey(), e.getValue())).toList();
  }

  private List<Line> incidents(String office) {
    List<Line> lines = new ArrayList<>();
    for (Incident incident : runtime.createIncidentQuery().tenantIdIn(office).orderByIncidentTimestamp().asc().list()) {
      String message = incident.getIncidentMessage() == null ? "" : incident.getIncidentMessage();
      lines.add(new Line(businessKey(incident.getProcessInstanceId()),
          message.length() > 300 ? message.substring(0, 300) + "…" : message,
          "sejak " + taskMails.moment(incident.getIncidentTimestamp().toInstant())));
    }
    return lines;
  }

  private String laneName(String group) {
    if (group == null) {
      return "Tanpa lajur";
    }
    Group found = identity.createGroupQuery().groupId(group.split(",")[0].strip()).singleResult();
    return found == null || found.getName() == null ? group : found.getName();
  }

  private String businessKey(String processInstanceId) {
    if (processInstanceId == null) {
      return "-";
    }
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null || instance.getBusinessKey() == null ? processInstanceId : instance.getBusinessKey();
  }
}
