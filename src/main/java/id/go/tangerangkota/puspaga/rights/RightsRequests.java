package id.go.tangerangkota.puspaga.rights;

import static id.go.tangerangkota.puspaga.rights.RightsVariables.*;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.ValidateRegistrationListener;
import id.go.tangerangkota.puspaga.notification.MailKind;
import id.go.tangerangkota.puspaga.notification.MailOutbox;
import id.go.tangerangkota.puspaga.notification.MailTemplates;
import id.go.tangerangkota.puspaga.notification.NotificationProperties;
import id.go.tangerangkota.puspaga.notification.OutgoingMail;
import id.go.tangerangkota.puspaga.notification.StaffAddresses;
import id.go.tangerangkota.puspaga.privacy.AnswerDeadline;
import id.go.tangerangkota.puspaga.privacy.RequestContacts;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.shared.RequiredVariables;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A requester's request over their personal data, as the process puspaga-hak-subjek-data moves it:
 * received (checked, its answer due 3x24 clock hours later, the officer and the Ketua told), decided,
 * answered (on the status page and by mail), and its limit passed. The actions themselves are in
 * {@link RightsActions}.
 */
@Service
public class RightsRequests {

  /** A rights request as the status page shows it. */
  public record Summary(String processInstanceId, RightsKind kind, Instant requestedAt, Instant dueAt, String decision,
      String answer, Instant answeredAt, List<Download> downloads) {}

  /** A document the requester may download once. */
  public record Download(String id, String documentType, String fileName, Instant downloadedAt) {}

  /** A document's content for its one download. */
  public record File(String fileName, String mediaType, byte[] content) {}

  static final Set<String> COUNTER_STAFF = Set.of("administrasi", Groups.CAMUNDA_ADMIN);
  static final String PPDP = "ppdp";
  static final String KETUA = "ketua";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final StaffAddresses staff;
  private final OfficeRegistry offices;
  private final NotificationProperties links;
  private final RequestContacts contacts;

  RightsRequests(JdbcTemplate jdbc, Clock clock, WorkingDayCalendar calendar, MailOutbox outbox, MailTemplates templates,
      StaffAddresses staff, OfficeRegistry offices, NotificationProperties links, RequestContacts contacts) {
    this.contacts = contacts;
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendar = calendar;
    this.outbox = outbox;
    this.templates = templates;
    this.staff = staff;
    this.offices = offices;
    this.links = links;
  }

  /** The start of a rights request: refused with a message that says what to fix, or recorded and told. */
  public void receive(DelegateExecution execution) {
    String number = RequiredVariables.text(execution, REGISTRATION_NUMBER, "Nomor registrasi permohonan").toUpperCase(Locale.ROOT);
    RightsKind kind = RightsKind.of(execution.getVariable(KIND)).orElseThrow(() -> RequiredVariables.refusal(
        "Jenis permintaan (rightsKind) harus salah satu dari AKSES, PERBAIKAN, PENARIKAN, PENGHAPUSAN."));
    if (kind == RightsKind.PERBAIKAN) {
      checkCorrection(execution);
    }
    Authentication who = Context.getCommandContext().getAuthentication();
    boolean atCounter = who != null && who.getGroupIds() != null && who.getGroupIds().stream().anyMatch(COUNTER_STAFF::contains);
    if (atCounter) {
      RequiredVariables.text(execution, IDENTITY_CHECK, "Pemeriksaan identitas pemohon");
    }
    String request = contacts.instanceOf(number).orElseThrow(() -> RequiredVariables.refusal("Permohonan dengan nomor registrasi " + number
        + " tidak ditemukan. Periksa nomornya, mis. LI-3671-2026-0042."));
    if (erasedAt(request).isPresent()) {
      throw RequiredVariables.refusal("Data permohonan " + number + " sudah dihapus; tidak ada lagi data pribadi yang disimpan tentangnya.");
    }
    Instant now = clock.instant();
    Instant due = AnswerDeadline.after(execution, now);
    execution.setProcessBusinessKey(number);
    execution.setVariable(REGISTRATION_NUMBER, number);
    execution.setVariable(CHANNEL, atCounter ? COUNTER : ONLINE);
    execution.setVariable(CHANNEL_TEXT, atCounter ? "Loket (dicatat Admin)" : "Halaman status (daring)");
    execution.setVariable(ANSWER_DUE, Date.from(due));
    execution.setVariable(ANSWER_DUE_TEXT, when(due));
    jdbc.update("insert into data_subject_request (process_instance_id, request_instance_id, registration_number, kind,"
            + " channel, requested_at, due_at, reply_to) values (?,?,?,?,?,?,?,?)",
        execution.getProcessInstanceId(), request, number, kind.name(), atCounter ? COUNTER : ONLINE, Timestamp.from(now),
        Timestamp.from(due), contacts.email(request).orElse(null));
    Map<String, Object> model = model(execution.getTenantId(), number, kind);
    model.put("channel", atCounter ? "di loket (dicatat Admin)" : "dari halaman status (daring)");
    model.put("due", when(due));
    OutgoingMail mail = staff.mail(MailKind.PERSONAL_DATA, "rights-received:" + execution.getProcessInstanceId(), PPDP,
        KETUA, offices.of(execution.getTenantId()).id(), "rights request " + number, templates.render("hak-diterima", model));
    if (mail != null) {
      outbox.enqueue(mail);
    }
  }

  /** The officer's decision is complete: a decision, an answer, and for a withdrawal what becomes of the request. */
  public void checkDecision(DelegateTask task, String officer) {
    String decision = RequiredVariables.text(task, DECISION, "Keputusan");
    if (!GRANTED.equals(decision) && !REFUSED.equals(decision)) {
      throw RequiredVariables.refusal("Keputusan (rightsDecision) harus DIKABULKAN atau DITOLAK, bukan \"" + decision + "\".");
    }
    RequiredVariables.text(task, ANSWER, "Jawaban kepada pemohon");
    if (GRANTED.equals(decision) && RightsKind.PENARIKAN.name().equals(task.getVariable(KIND))) {
      String action = RequiredVariables.text(task, WITHDRAWAL_ACTION, "Tindakan atas permohonan");
      if (!SUSPEND.equals(action) && !END.equals(action)) {
        throw RequiredVariables.refusal("Tindakan atas permohonan (withdrawalAction) harus TANGGUHKAN atau AKHIRI.");
      }
    }
    task.setVariable(DECIDED_BY, officer);
  }

  /** Records the answer for the status page and writes the mail to the requester, if an address is known. */
  public void answer(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    Map<String, Object> row = jdbc.queryForMap("select * from data_subject_request where process_instance_id = ?", instance);
    String decision = (String) execution.getVariable(DECISION);
    String answer = execution.getVariable(ANSWER).toString().strip();
    jdbc.update("update data_subject_request set decision = ?, answer = ?, answered_at = ?, answered_by = ?, reply_to = null"
        + " where process_instance_id = ?", decision, answer, Timestamp.from(clock.instant()),
        execution.getVariable(DECIDED_BY), instance);
    String replyTo = (String) row.get("reply_to");
    if (replyTo != null) {
      RightsKind kind = RightsKind.valueOf((String) row.get("kind"));
      Map<String, Object> model = model(execution.getTenantId(), (String) row.get("registration_number"), kind);
      model.put("granted", GRANTED.equals(decision));
      model.put("answer", answer);
      model.put("statusPage", links.link("/permohonan/status"));
      model.put("download", kind == RightsKind.AKSES && GRANTED.equals(decision)
          && RightsVariables.ONLINE.equals(row.get("channel")));
      var text = templates.render("hak-dijawab", model);
      outbox.enqueue(new OutgoingMail(MailKind.PERSONAL_DATA_ANSWER, "rights-answer:" + instance, List.of(replyTo),
          List.of(), text.subject(), text.text(), text.html()).from(offices.of(execution.getTenantId()).mailSender()));
    }
  }

  /** The answer's limit passed with the decision still open: recorded, and the officer and the Ketua told. */
  public void breach(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    jdbc.update("update data_subject_request set breached_at = ? where process_instance_id = ? and breached_at is null",
        Timestamp.from(clock.instant()), instance);
    Map<String, Object> row = jdbc.queryForMap("select * from data_subject_request where process_instance_id = ?", instance);
    Map<String, Object> model = model(execution.getTenantId(), (String) row.get("registration_number"),
        RightsKind.valueOf((String) row.get("kind")));
    model.put("due", when(DatabaseTimes.instant(row.get("due_at"))));
    OutgoingMail mail = staff.mail(MailKind.BREACH, "rights-breach:" + instance, PPDP, KETUA,
        offices.of(execution.getTenantId()).id(), "rights request breach", templates.render("hak-terlambat", model));
    if (mail != null) {
      outbox.enqueue(mail);
    }
  }

  /** The rights requests about one request, newest first, with what each left to download. */
  public List<Summary> of(String requestInstanceId) {
    return jdbc.query("select * from data_subject_request where request_instance_id = ? order by requested_at desc",
        (rs, n) -> new Summary(rs.getString("process_instance_id"), RightsKind.valueOf(rs.getString("kind")),
            DatabaseTimes.instant(rs.getObject("requested_at")), DatabaseTimes.instant(rs.getObject("due_at")),
            rs.getString("decision"), rs.getString("answer"),
            rs.getObject("answered_at") == null ? null : DatabaseTimes.instant(rs.getObject("answered_at")),
            downloads(rs.getString("process_instance_id"))), requestInstanceId);
  }

  /**
   * The document, once: the first call marks it downloaded and answers its content; every later
   * call (or a document of another request) answers empty.
   */
  public Optional<File> downloadOnce(String requestInstanceId, String documentId, String by) {
    int marked = jdbc.update("update data_subject_document set downloaded_at = ?, downloaded_by = ? where id = ?"
            + " and request_instance_id = ? and downloaded_at is null and document_type <> 'CATATAN_PERBAIKAN'",
        Timestamp.from(clock.instant()), by, documentId, requestInstanceId);
    if (marked == 0) {
      return Optional.empty();
    }
    return Optional.of(jdbc.queryForObject("select file_name, media_type, content from data_subject_document where id = ?",
        (rs, n) -> new File(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")), documentId));
  }

  /** A document of a rights request for its officer (no once-only: the officer hands it over at the counter). */
  public Optional<File> document(String rightsInstanceId, String documentType) {
    return jdbc.query("select file_name, media_type, content from data_subject_document where rights_instance_id = ?"
            + " and document_type = ?", (rs, n) -> new File(rs.getString("file_name"), rs.getString("media_type"),
            rs.getBytes("content")), rightsInstanceId, documentType).stream().findFirst();
  }

  /** Every rights request, newest first (the officer's list), as the page shows it. */
  public List<Map<String, Object>> all(OfficeFilter offices) {
    return jdbc.query("select r.*, (select count(*) from data_subject_document d where d.rights_instance_id ="
        + " r.process_instance_id and d.document_type = 'SALINAN_PDF') as copies, (select count(*) from"
        + " data_subject_document d where d.rights_instance_id = r.process_instance_id and d.document_type ="
        + " 'CATATAN_PERBAIKAN') as notes from data_subject_request r where " + offices.sqlForRequest("r.request_instance_id")
        + " order by r.requested_at desc fetch first 200 rows only",
        (rs, n) -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          String id = rs.getString("process_instance_id");
          row.put("processInstanceId", id);
          row.put("registrationNumber", rs.getString("registration_number"));
          row.put("kind", rs.getString("kind"));
          row.put("kindText", RightsKind.valueOf(rs.getString("kind")).label());
          row.put("channelText", COUNTER.equals(rs.getString("channel")) ? "Loket" : "Halaman status");
          row.put("requestedAtText", when(DatabaseTimes.instant(rs.getObject("requested_at"))));
          row.put("dueAtText", when(DatabaseTimes.instant(rs.getObject("due_at"))));
          String decision = rs.getString("decision");
          row.put("stateText", decision == null ? "Menunggu keputusan" : GRANTED.equals(decision) ? "Dikabulkan" : "Ditolak");
          row.put("breached", rs.getObject("breached_at") != null);
          List<Map<String, String>> papers = new java.util.ArrayList<>();
          if (rs.getInt("copies") > 0) {
            papers.add(Map.of("title", "Salinan data (PDF)", "href", "/api/privacy/rights/" + id + "/documents/SALINAN_PDF"));
            papers.add(Map.of("title", "Salinan data (JSON)", "href", "/api/privacy/rights/" + id + "/documents/SALINAN_JSON"));
          }
          if (rs.getInt("notes") > 0) {
            papers.add(Map.of("title", "Catatan perbaikan (PDF)", "href", "/api/privacy/rights/" + id
                + "/documents/CATATAN_PERBAIKAN"));
          }
          row.put("documents", papers);
          return row;
        });
  }

  /** The request a rights request is about. */
  public Optional<String> requestOf(String rightsInstanceId) {
    return jdbc.queryForList("select request_instance_id from data_subject_request where process_instance_id = ?",
        String.class, rightsInstanceId).stream().findFirst();
  }

  public Optional<Instant> erasedAt(String requestInstanceId) {
    return jdbc.queryForList("select request_erased_at from erasure where process_instance_id = ?"
        + " and request_erased_at is not null", Object.class, requestInstanceId).stream().findFirst()
        .map(DatabaseTimes::instant);
  }

  public String when(Instant instant) {
    return id.go.tangerangkota.puspaga.shared.IndonesianDates.moment(instant, calendar.zone());
  }

  private List<Download> downloads(String rightsInstanceId) {
    return jdbc.query("select id, document_type, file_name, downloaded_at from data_subject_document"
            + " where rights_instance_id = ? and document_type <> 'CATATAN_PERBAIKAN' order by document_type desc",
        (rs, n) -> new Download(rs.getString("id"), rs.getString("document_type"), rs.getString("file_name"),
            rs.getObject("downloaded_at") == null ? null : DatabaseTimes.instant(rs.getObject("downloaded_at"))),
        rightsInstanceId);
  }

  private Map<String, Object> model(String office, String number, RightsKind kind) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(office).letterhead());
    model.put("number", number);
    model.put("kind", kind.label());
    model.put("tasklist", links.link("/camunda/app/tasklist/"));
    return model;
  }

  private static void checkCorrection(DelegateExecution execution) {
    Object field = execution.getVariable(CORRECTION_FIELD);
    if (field == null || !CORRECTABLE.containsKey(field.toString())) {
      throw RequiredVariables.refusal("Pilih data yang diperbaiki (correctionField): salah satu dari "
          + String.join(", ", CORRECTABLE.values()) + ".");
    }
    String value = RequiredVariables.text(execution, CORRECTION_VALUE, "Isi yang benar");
    var limit = id.go.tangerangkota.puspaga.input.TextLimits.LIMITS.get(field.toString());
    if (limit != null && value.length() > limit.maxLength()) {
      throw RequiredVariables.refusal(CORRECTABLE.get(field.toString()) + " paling banyak " + limit.maxLength() + " karakter.");
    }
    if ("requesterPhone".equals(field) && !ValidateRegistrationListener.PHONE.matcher(value).matches()) {
      throw RequiredVariables.refusal("Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung, 6 sampai 20 karakter.");
    }
    if ("requesterEmail".equals(field) && !RequestContacts.EMAIL.matcher(value).matches()) {
      throw RequiredVariables.refusal("Alamat surel yang benar harus berbentuk nama@contoh.id.");
    }
  }
}
