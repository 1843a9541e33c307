package id.go.tangerangkota.puspaga.notification;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The mails about one task (a passed limit, a limit tomorrow, a new task for a group): who gets
 * them and what they say, in Indonesian, with the request told apart by its registration number,
 * requester and topic, and a link that opens the task in Tasklist.
 */
@Component
public class TaskMails {

  static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm zzz", Locale.forLanguageTag("id-ID"));

  /** One task as a mail tells about it. */
  public record TaskFacts(
      String office,
      String taskId,
      String taskName,
      Integer sopStep,
      String assignee,
      String candidateGroup,
      Instant deadline,
      String registrationNumber,
      String requesterName,
      String topic) {}

  private final MailTemplates templates;
  private final WorkingDayCalendar calendar;
  private final OfficeRegistry offices;
  private final NotificationProperties settings;

  public TaskMails(MailTemplates templates, WorkingDayCalendar calendar, OfficeRegistry offices,
      NotificationProperties settings) {
    this.templates = templates;
    this.calendar = calendar;
    this.offices = offices;
    this.settings = settings;
  }

  /** Empty when nobody can be addressed (no user with an e-mail address). */
  public java.util.Optional<OutgoingMail> breach(String breachId, TaskFacts task, Instant firedAt, IdentityService identity) {
    Map<String, Object> model = model(task);
    model.put("late", lateness(task.deadline(), firedAt));
    return mail(MailKind.BREACH, "breach:" + breachId, "pelanggaran-batas-waktu", task, model, identity);
  }

  public java.util.Optional<OutgoingMail> reminder(TaskFacts task, IdentityService identity) {
    return mail(MailKind.REMINDER, "reminder:" + task.taskId() + ":" + task.deadline().getEpochSecond(),
        "pengingat-batas-waktu", task, model(task), identity);
  }

  public java.util.Optional<OutgoingMail> available(TaskFacts task, String group, IdentityService identity) {
    Recipients recipients = new Recipients(identity, offices.of(task.office()).id());
    var to = recipients.membersOf(group, "tugas baru " + task.taskId());
    if (to.isEmpty()) {
      return java.util.Optional.empty();
    }
    var rendered = templates.render("tugas-baru", model(task));
    return java.util.Optional.of(new OutgoingMail(MailKind.TASK_AVAILABLE, "available:" + task.taskId() + ":" + group,
        to, java.util.List.of(), rendered.subject(), rendered.text(), rendered.html())
        .from(offices.of(task.office()).mailSender()));
  }

  private java.util.Optional<OutgoingMail> mail(MailKind kind, String key, String template, TaskFacts task,
      Map<String, Object> model, IdentityService identity) {
    var addressed = new Recipients(identity, offices.of(task.office()).id()).forTask(task.assignee(), task.candidateGroup(), key);
    if (addressed.isEmpty()) {
      return java.util.Optional.empty();
    }
    var rendered = templates.render(template, model);
    return java.util.Optional.of(
        new OutgoingMail(kind, key, addressed.to(), addressed.cc(), rendered.subject(), rendered.text(), rendered.html())
            .from(offices.of(task.office()).mailSender()));
  }

  Map<String, Object> model(TaskFacts task) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(task.office()).letterhead());
    model.put("task", task);
    model.put("request", requestLabel(task));
    model.put("topic", task.topic() == null ? null : LayananInformasi.topicLabel(task.topic()));
    model.put("step", task.sopStep() == null ? task.taskName() : "Langkah " + task.sopStep() + " SOP: " + task.taskName());
    model.put("deadline", task.deadline() == null ? "-" : moment(task.deadline()));
    model.put("link", taskLink(task.taskId()));
    return model;
  }

  String taskLink(String taskId) {
    return settings.link(taskId == null ? "/camunda/app/tasklist/" : "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  String moment(Instant instant) {
    return MOMENT.format(instant.atZone(calendar.zone()));
  }

  static String requestLabel(TaskFacts task) {
    StringBuilder label = new StringBuilder();
    if (task.registrationNumber() != null) {
      label.append(task.registrationNumber());
    }
    if (task.requesterName() != null) {
      label.append(label.isEmpty() ? "" : " · ").append(task.requesterName());
    }
    if (task.topic() != null) {
      label.append(label.isEmpty() ? "" : " · ").append(LayananInformasi.topicLabel(task.topic()));
    }
    return label.isEmpty() ? "(tanpa nomor registrasi)" : label.toString();
  }

  /** "kurang dari 1 hari kerja" right after the limit; otherwise the working days since the deadline's day. */
  String lateness(Instant deadline, Instant now) {
    if (deadline == null) {
      return "-";
    }
    ZonedDateTime from = deadline.atZone(calendar.zone());
    LocalDate today = now.atZone(calendar.zone()).toLocalDate();
    int days = 0;
    for (LocalDate day = from.toLocalDate().plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        days++;
      }
    }
    return days == 0 ? "kurang dari 1 hari kerja" : days + " hari kerja";
  }
}
