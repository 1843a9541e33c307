package id.go.tangerangkota.puspaga.incident;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.notification.MailKind;
import id.go.tangerangkota.puspaga.notification.MailOutbox;
import id.go.tangerangkota.puspaga.notification.MailTemplates;
import id.go.tangerangkota.puspaga.notification.NotificationProperties;
import id.go.tangerangkota.puspaga.notification.OutgoingMail;
import id.go.tangerangkota.puspaga.notification.StaffAddresses;
import id.go.tangerangkota.puspaga.privacy.AccessLog;
import id.go.tangerangkota.puspaga.privacy.AnswerDeadline;
import id.go.tangerangkota.puspaga.privacy.RequestContacts;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import id.go.tangerangkota.puspaga.shared.RequiredVariables;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A personal-data incident (UU 27/2022 Pasal 46), as the process puspaga-insiden-data-pribadi moves
 * it: reported by any member of staff (the Ketua and the data protection officer told at once),
 * assessed by the officer, and the affected requesters (by mail, or a letter for those without an
 * address) and the authority (a letter) told within 3x24 hours of the report.
 */
@Service
public class Incidents {

  public static final String PROCESS_KEY = "puspaga-insiden-data-pribadi";
  static final String DESCRIPTION = "incidentDescription";
  static final String AFFECTED = "affectedRequests";
  static final String ASSESSMENT = "incidentAssessment";
  static final String NOTIFY = "incidentNotify";
  static final String REPORTED_BY = "incidentReportedBy";
  static final String ASSESSED_BY = "incidentAssessedBy";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final RequestContacts contacts;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final StaffAddresses staff;
  private final OfficeRegistry offices;
  private final NotificationProperties links;
  private final PdfRenderer renderer;
  private final AccessLog accessLog;

  Incidents(JdbcTemplate jdbc, Clock clock, WorkingDayCalendar calendar, RequestContacts contacts, MailOutbox outbox,
      MailTemplates templates, StaffAddresses staff, OfficeRegistry offices, NotificationProperties links,
      PdfRenderer renderer, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendar = calendar;
    this.contacts = contacts;
    this.outbox = outbox;
    this.templates = templates;
    this.staff = staff;
    this.offices = offices;
    this.links = links;
    this.renderer = renderer;
    this.accessLog = accessLog;
  }

  /** The report: refused with a message when it says nothing or names an unknown request; else recorded and told. */
  public void report(DelegateExecution execution) {
    String description = RequiredVariables.text(execution, DESCRIPTION, "Uraian insiden");
    Map<String, String> affected = affected(execution);
    Authentication who = Context.getCommandContext().getAuthentication();
    String reporter = who == null ? "sistem" : who.getUserId();
    Instant now = clock.instant();
    Instant due = AnswerDeadline.after(execution, now);
    String instance = execution.getProcessInstanceId();
    execution.setVariable(REPORTED_BY, DocumentService.fullName(execution, reporter));
    execution.setVariable("answerDue", Date.from(due));
    execution.setVariable("answerDueText", IndonesianDates.moment(due, calendar.zone()));
    jdbc.update("insert into data_incident (process_instance_id, reported_at, reported_by, due_at, affected_count, office_id)"
        + " values (?,?,?,?,?,?)", instance, Timestamp.from(now), reporter, Timestamp.from(due), affected.size(),
        offices.of(execution.getTenantId()).id());
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(execution.getTenantId()).letterhead());
    model.put("reporter", DocumentService.fullName(execution, reporter));
    model.put("description", description);
    model.put("affected", affected.isEmpty() ? "belum diketahui" : String.join(", ", affected.keySet()));
    model.put("due", IndonesianDates.moment(due, calendar.zone()));
    model.put("tasklist", links.link("/camunda/app/tasklist/"));
    // The Ketua is told at once: she is addressed with the officer, not in copy.
    List<String> to = new ArrayList<>(new LinkedHashSet<>(concat(
        staff.of("ketua", offices.of(execution.getTenantId()).id(), "incident"),
        staff.of("ppdp", offices.of(execution.getTenantId()).id(), "incident"))));
    if (!to.isEmpty()) {
      var text = templates.render("insiden-dilaporkan", model);
      outbox.enqueue(new OutgoingMail(MailKind.PERSONAL_DATA, "incident-reported:" + instance, to, List.of(),
          text.subject(), text.text(), text.html()).from(offices.of(execution.getTenantId()).mailSender()));
    }
  }

  /** The officer's assessment: the list of affected requests confirmed, the assessment written, notify or not. */
  public void checkAssessment(DelegateTask task, String officer) {
    RequiredVariables.text(task, ASSESSMENT, "Penilaian dampak dan tindakan");
    String notify = RequiredVariables.text(task, NOTIFY, "Beri tahu pemohon terdampak dan lembaga");
    if (!"YA".equals(notify) && !"TIDAK".equals(notify)) {
      throw RequiredVariables.refusal("Pilihan pemberitahuan (incidentNotify) harus YA atau TIDAK.");
    }
    Map<String, String> affected = affected(task);
    if ("YA".equals(notify) && affected.isEmpty()) {
      throw RequiredVariables.refusal("Sebutkan nomor registrasi permohonan yang terdampak sebelum memberi tahu pemohon.");
    }
    task.setVariable(ASSESSED_BY, officer);
  }

  /** Mails to the affected requesters with an address, letters for the others and for the authority. */
  public void notifySubjects(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    Map<String, String> affected = affected(execution);
    String officer = (String) execution.getVariable(ASSESSED_BY);
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(execution.getTenantId()).letterhead());
    model.put("description", execution.getVariable(DESCRIPTION));
    model.put("assessment", execution.getVariable(ASSESSMENT));
    Instant reported = DatabaseTimes.instant(jdbc.queryForObject("select reported_at from data_incident"
        + " where process_instance_id = ?", Object.class, instance));
    model.put("reported", IndonesianDates.moment(reported, calendar.zone()));
    model.put("today", IndonesianDates.INDONESIAN_DATE.format(clock.instant().atZone(calendar.zone())));
    model.put("officer", DocumentService.fullName(execution, officer));
    model.put("count", affected.size());
    jdbc.update("delete from data_incident_subject where process_instance_id = ?", instance);
    for (Map.Entry<String, String> request : affected.entrySet()) {
      Map<String, Object> told = new HashMap<>(model);
      told.put("number", request.getKey());
      Optional<String> email = contacts.email(request.getValue());
      byte[] letter = null;
      if (email.isPresent()) {
        var text = templates.render("insiden-pemberitahuan", told);
        outbox.enqueue(new OutgoingMail(MailKind.PERSONAL_DATA_ANSWER, "incident:" + instance + ":" + request.getKey(),
            List.of(email.get()), List.of(), text.subject(), text.text(), text.html())
            .from(offices.of(execution.getTenantId()).mailSender()));
      } else {
        told.put("name", contacts.text(request.getValue(), LayananInformasi.REQUESTER_NAME).orElse("Bapak/Ibu pemohon"));
        told.put("address", contacts.text(request.getValue(), "requesterAddress").orElse(""));
        letter = renderer.render("surat-insiden-pemohon", told);
      }
      jdbc.update("insert into data_incident_subject (process_instance_id, request_instance_id, registration_number,"
          + " told_by, letter) values (?,?,?,?,?)", instance, request.getValue(), request.getKey(),
          email.isPresent() ? "SUREL" : "SURAT", letter);
    }
    jdbc.update("update data_incident set notified_at = ?, affected_count = ?, authority_letter = ?"
        + " where process_instance_id = ?", Timestamp.from(clock.instant()), affected.size(),
        renderer.render("surat-insiden-lembaga", model), instance);
    accessLog.record(officer, new ArrayList<>(affected.values()), AccessLog.Read.INCIDENT);
  }

  /** The 3x24 hours passed with the assessment still open: recorded, and the officer and the Ketua told. */
  public void breach(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    jdbc.update("update data_incident set breached_at = ? where process_instance_id = ? and breached_at is null",
        Timestamp.from(clock.instant()), instance);
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(execution.getTenantId()).letterhead());
    model.put("due", execution.getVariable("answerDueText"));
    model.put("description", execution.getVariable(DESCRIPTION));
    model.put("tasklist", links.link("/camunda/app/tasklist/"));
    OutgoingMail mail = staff.mail(MailKind.BREACH, "incident-breach:" + instance, "ppdp", "ketua",
        offices.of(execution.getTenantId()).id(), "incident breach",
        templates.render("insiden-terlambat", model));
    if (mail != null) {
      outbox.enqueue(mail);
    }
  }

  /** Every incident, newest first, with its letters, as the officer's page shows it. */
  public List<Map<String, Object>> all(OfficeFilter offices) {
    return jdbc.query("select process_instance_id, reported_at, reported_by, due_at, affected_count, notified_at,"
        + " breached_at, authority_letter is not null as has_letter from data_incident where " + offices.sql("office_id")
        + " order by reported_at desc"
        + " fetch first 200 rows only", (rs, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          String id = rs.getString("process_instance_id");
          row.put("processInstanceId", id);
          row.put("reportedAtText", IndonesianDates.moment(DatabaseTimes.instant(rs.getObject("reported_at")), calendar.zone()));
          row.put("reportedBy", rs.getString("reported_by"));
          row.put("dueAtText", IndonesianDates.moment(DatabaseTimes.instant(rs.getObject("due_at")), calendar.zone()));
          row.put("affectedCount", rs.getInt("affected_count"));
          row.put("stateText", rs.getObject("notified_at") != null ? "Sudah diberitahukan"
              : "Menunggu penilaian");
          row.put("breached", rs.getObject("breached_at") != null);
          List<Map<String, String>> letters = new ArrayList<>();
          if (rs.getBoolean("has_letter")) {
            letters.add(Map.of("title", "Surat kepada lembaga", "href", "/api/privacy/incidents/" + id + "/letters/LEMBAGA"));
          }
          for (String number : jdbc.queryForList("select registration_number from data_incident_subject where"
              + " process_instance_id = ? and letter is not null order by registration_number", String.class, id)) {
            letters.add(Map.of("title", "Surat kepada pemohon " + number, "href", "/api/privacy/incidents/" + id
                + "/letters/" + number));
          }
          row.put("letters", letters);
          return row;
        });
  }

  /** A letter: the authority's ({@code LEMBAGA}) or the one to an affected requester (their registration number). */
  public Optional<byte[]> letter(String incident, String addressee, OfficeFilter offices) {
    if (jdbc.queryForObject("select count(*) from data_incident where process_instance_id = ? and " + offices.sql("office_id"),
        Integer.class, incident) == 0) {
      return Optional.empty();
    }
    if ("LEMBAGA".equals(addressee)) {
      return jdbc.queryForList("select authority_letter from data_incident where process_instance_id = ?"
          + " and authority_letter is not null", byte[].class, incident).stream().findFirst();
    }
    return jdbc.queryForList("select letter from data_incident_subject where process_instance_id = ?"
        + " and registration_number = ? and letter is not null", byte[].class, incident, addressee).stream().findFirst();
  }

  /** The requests an incident names, by number: each must exist. */
  private Map<String, String> affected(VariableScope scope) {
    Object text = scope.getVariable(AFFECTED);
    Map<String, String> found = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    if (text != null) {
      for (String number : Arrays.stream(text.toString().split("[,;\\s]+")).map(String::strip)
          .filter(n -> !n.isEmpty()).map(n -> n.toUpperCase(Locale.ROOT)).distinct().toList()) {
        contacts.instanceOf(number).ifPresentOrElse(id -> found.put(number, id), () -> unknown.add(number));
      }
    }
    if (!unknown.isEmpty()) {
      throw RequiredVariables.refusal("Permohonan berikut tidak ditemukan: " + String.join(", ", unknown)
          + ". Periksa nomor registrasinya, mis. LI-3671-2026-0042.");
    }
    return found;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
