package id.go.tangerangkota.puspaga.rights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.privacy.AccessLog;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The copy of everything held about a request, for its requester's right of access (UU 27/2022
 * Pasal 32): every value of every variable, the steps and who did them, comments, the documents,
 * consent, breaches, the referral, mails sent to the requester, other rights requests, and the
 * record of who read the request. As JSON (for a machine) and as a PDF under the letterhead (for a
 * person), from the same sections.
 */
@Service
public class AccessExport {

  /** The two files of one copy. */
  public record Copy(byte[] pdf, byte[] json) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.forLanguageTag("id-ID"));

  private final HistoryService history;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final AccessLog accessLog;
  private final PdfRenderer renderer;
  private final OfficeRegistry offices;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  AccessExport(HistoryService history, TaskService tasks, JdbcTemplate jdbc, AccessLog accessLog, PdfRenderer renderer,
      OfficeRegistry offices, WorkingDayCalendar calendar, Clock clock) {
    this.history = history;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.accessLog = accessLog;
    this.renderer = renderer;
    this.offices = offices;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The copy of the request, as it is held now. Run as the application (no signed-in person's checks). */
  public Copy of(String office, String request, String registrationNumber) {
    Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
    sections.put("Data permohonan", variables(request));
    sections.put("Langkah dan petugas", steps(request));
    sections.put("Komentar", comments(request));
    sections.put("Persetujuan", rows("select consent_text_version as versi_teks_persetujuan, submitted_at as diajukan_daring"
        + " from public_request where process_instance_id = ?", request));
    sections.put("Dokumen diarsipkan", rows("select document_type as jenis, document_number as nomor, file_name as berkas,"
        + " archived_at as diarsipkan from archive_document where process_instance_id = ? order by archived_at", request));
    sections.put("Pelanggaran batas waktu", rows("select sop_step as langkah, activity_name as tugas, deadline as batas,"
        + " fired_at as tercatat from sop_breach where process_instance_id = ? order by fired_at", request));
    sections.put("Rujukan", rows("select service_type as dirujuk_ke, reason as alasan, referred_at as dirujuk from sop_referral"
        + " where process_instance_id = ?", request));
    sections.put("Surel kepada pemohon", rows("select subject as perihal, created_at as ditulis, status from mail_outbox"
        + " where " + RightsActions.TO_REQUESTER + " order by created_at", RightsActions.toRequester(request, registrationNumber)));
    sections.put("Permintaan hak atas data pribadi", rows("select kind as jenis, channel as kanal, requested_at as diterima,"
        + " due_at as batas_jawab, decision as keputusan, answer as jawaban, answered_at as dijawab from data_subject_request"
        + " where request_instance_id = ? order by requested_at", request));
    sections.put("Catatan akses (siapa membaca data ini)", accessLog.ofRequest(request).stream().map(entry -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("waktu", when(entry.readAt()));
      row.put("petugas", entry.userId());
      row.put("yang_dibaca", entry.whatText());
      return row;
    }).toList());
    Map<String, Object> copy = new LinkedHashMap<>();
    copy.put("nomorRegistrasi", registrationNumber);
    copy.put("dibuat", when(clock.instant()));
    copy.put("kantor", offices.of(office).name());
    copy.put("bagian", sections);
    byte[] asJson;
    try {
      asJson = json.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the access copy of " + registrationNumber, e);
    }
    Map<String, Object> model = new LinkedHashMap<>(copy);
    model.put("office", offices.of(office).letterhead());
    return new Copy(renderer.render("salinan-data-pribadi", model), asJson);
  }

  private List<Map<String, Object>> variables(String request) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(request)
        .disableCustomObjectDeserialization().orderByVariableName().asc().list()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nama", variable.getName());
      row.put("isi", text(variable.getTypedValue() instanceof FileValue file ? "berkas " + file.getFilename()
          : variable.getValue()));
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> steps(String request) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(request)
        .orderByHistoricActivityInstanceStartTime().asc().list()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tugas", task.getName());
      row.put("petugas", task.getAssignee());
      row.put("mulai", text(task.getStartTime()));
      row.put("selesai", text(task.getEndTime()));
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> comments(String request) {
    List<Map<String, Object>> rows = new ArrayList<>();
    // A comment on a task carries its request too: the request's comments are all of them, each once.
    for (Comment comment : tasks.getProcessInstanceComments(request)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("waktu", text(comment.getTime()));
      row.put("petugas", comment.getUserId());
      row.put("isi", comment.getFullMessage());
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> rows(String sql, Object... args) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList(sql, args)) {
      Map<String, Object> shown = new LinkedHashMap<>();
      row.forEach((column, value) -> shown.put(column.toLowerCase(Locale.ROOT), text(value)));
      rows.add(shown);
    }
    return rows;
  }

  private String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime) {
      return when(DatabaseTimes.instant(value));
    }
    if (value instanceof Date date) {
      return when(date.toInstant());
    }
    return value.toString();
  }

  private String when(Instant instant) {
    return WHEN.format(instant.atZone(calendar.zone()));
  }
}
