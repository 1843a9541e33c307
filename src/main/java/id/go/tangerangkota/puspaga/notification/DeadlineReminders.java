package id.go.tangerangkota.puspaga.notification;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.PROCESS_KEY;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUESTER_NAME;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.TOPIC;

import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.SopSteps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One working day before a deadline of more than one working day, a reminder to the people who
 * hold the task. A computed check rather than a second timer in the model: it runs every minute
 * over the open tasks only (so a completed task is never reminded), follows a due date that the
 * Ketua moved, and needs no change to the BPMN. The outbox's dedup key (task + due date) makes it
 * once per task and due date, whichever node looks first.
 */
@Component
public class DeadlineReminders {

  /** Far enough ahead to cover one working day before any deadline, across the longest holiday. */
  private static final Duration HORIZON = Duration.ofDays(20);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SopSteps steps;
  private final TaskMails mails;
  private final MailOutbox outbox;
  private final OfficeCalendars calendars;
  private final Clock clock;

  public DeadlineReminders(TaskService tasks, RuntimeService runtime, IdentityService identity, SopSteps steps,
      TaskMails mails, MailOutbox outbox, OfficeCalendars calendars, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.steps = steps;
    this.mails = mails;
    this.outbox = outbox;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** Writes the reminders due now to the outbox; returns how many. */
  public int remindDue() {
    Instant now = clock.instant();
    int written = 0;
    // Not a suspended request's tasks: its requester withdrew consent and processing stopped (UU 27/2022).
    List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).active()
        .dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(HORIZON))).list();
    for (Task task : open) {
      Instant due = task.getDueDate().toInstant();
      WorkingDayCalendar calendar = calendars.of(task.getTenantId());
      if (now.isBefore(reminderTime(calendar, due)) || workingDaysBetween(calendar, task.getCreateTime().toInstant(), due) <= 1) {
        continue;
      }
      var step = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
      Map<String, Object> variables = runtime.getVariables(task.getExecutionId(),
          List.of(REGISTRATION_NUMBER, REQUESTER_NAME, TOPIC));
      var facts = new TaskMails.TaskFacts(task.getTenantId(), task.getId(), task.getName(), step.number(), task.getAssignee(),
          step.candidateGroup(), due, text(variables.get(REGISTRATION_NUMBER)), text(variables.get(REQUESTER_NAME)),
          text(variables.get(TOPIC)));
      var mail = mails.reminder(facts, identity);
      if (mail.isPresent() && outbox.enqueueOnce(mail.get())) {
        written++;
      }
    }
    return written;
  }

  /** At the default office: exactly one working day before the deadline. */
  public Instant reminderTime(Instant deadline) {
    return reminderTime(calendars.of(null), deadline);
  }

  /** Exactly one working day before the deadline: the same time on the office's working day before its day. */
  static Instant reminderTime(WorkingDayCalendar calendar, Instant deadline) {
    ZonedDateTime at = deadline.atZone(calendar.zone());
    LocalDate day = at.toLocalDate().minusDays(1);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return at.with(day).toInstant();
  }

  /** Working days after the start's date up to and including the deadline's date. */
  static int workingDaysBetween(WorkingDayCalendar calendar, Instant start, Instant deadline) {
    LocalDate last = deadline.atZone(calendar.zone()).toLocalDate();
    int days = 0;
    for (LocalDate day = start.atZone(calendar.zone()).toLocalDate().plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        days++;
      }
    }
    return days;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
