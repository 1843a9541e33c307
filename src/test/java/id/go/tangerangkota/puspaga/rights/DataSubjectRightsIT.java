package id.go.tangerangkota.puspaga.rights;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.Jobs;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The requester's rights over their data (process puspaga-hak-subjek-data), each kind recorded at
 * the counter by Admin and decided by the data protection officer over the REST API, as Tasklist
 * does: access (a copy with every personal field and the access log), correction (the variable set,
 * a correction note filed), withdrawal (processing suspended, mails stopped), erasure (the retention
 * pass's code) and a refusal; the answer due 72 clock hours later across a weekend; the tasks seen
 * only by the officer, the Ketua and administrators.
 */
@DemoApplicationTest
class DataSubjectRightsIT {

  static final String KEY = RightsVariables.PROCESS_KEY;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired SettableClock clock;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired id.go.tangerangkota.puspaga.notification.DeadlineReminders reminders;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anAccessRequestAtTheCounterGivesACopyOfEveryPersonalFieldAndItsAccessLog() throws Exception {
    String mark = mark();
    Request request = request(mark);
    walk().register(request.instance());
    Jobs.runFor(management, request.instance());
    // Someone reads the request in the meantime: the copy must say so.
    assertThat(as("sysadmin").get("/engine-rest/process-instance/" + request.instance() + "/variables").status())
        .isEqualTo(200);

    RestClient.Response noIdentity = ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "AKSES"));
    assertThat(noIdentity.status()).as(noIdentity.toString()).isEqualTo(400);
    assertThat(noIdentity.body()).contains("Pemeriksaan identitas pemohon (identityCheck) wajib diisi");
    RestClient.Response unknown = ask("rina", Map.of("registrationNumber", "LI-1999-9999", "rightsKind", "AKSES",
        "identityCheck", "KTP"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("tidak ditemukan");
    assertThat(ask("budi", Map.of("registrationNumber", request.number(), "rightsKind", "AKSES", "identityCheck", "KTP"))
        .status()).as("a konselor does not record rights requests (nor sees the process)").isIn(403, 404);

    String rights = started(ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "AKSES",
        "identityCheck", "KTP dicocokkan dengan nama pada permohonan")));
    assertThat(visibleTo("putri", rights)).isEqualTo(1);
    assertThat(visibleTo("sari", rights)).as("the Ketua in copy").isEqualTo(1);
    assertThat(visibleTo("sysadmin", rights)).isEqualTo(1);
    assertThat(visibleTo("rina", rights)).as("Admin recorded it but does not see the decision").isZero();
    assertThat(visibleTo("budi", rights)).isZero();
    assertThat(jdbc.queryForList("select recipients, cc from mail_outbox where dedup_key = ?", "rights-received:" + rights))
        .singleElement().satisfies(mail -> {
          assertThat((String) mail.get("recipients")).contains("putri");
          assertThat((String) mail.get("cc")).contains("sari");
        });

    decide(rights, Map.of("rightsDecision", "DIKABULKAN", "rightsAnswer", "Salinan data Anda terlampir " + mark));
    String json = new String(jdbc.queryForObject("select content from data_subject_document where rights_instance_id = ?"
        + " and document_type = 'SALINAN_JSON'", byte[].class, rights), StandardCharsets.UTF_8);
    for (String value : request.personal().values()) {
      assertThat(json).as("the copy holds " + value).contains(value);
    }
    assertThat(json).contains("Mohon dipetakan.").contains("Data permohonan (variabel proses)").contains("sysadmin");
    byte[] pdf = jdbc.queryForObject("select content from data_subject_document where rights_instance_id = ?"
        + " and document_type = 'SALINAN_PDF'", byte[].class, rights);
    assertThat(PdfText.of(pdf)).contains(request.personal().get("requesterName")).contains("Catatan akses");
    assertThat(jdbc.queryForObject("select count(*) from access_log where process_instance_id = ? and what = 'EXPORT'"
        + " and user_id = 'putri'", Long.class, request.instance())).isEqualTo(1);
    assertThat(jdbc.queryForObject("select text_body from mail_outbox where dedup_key = ?", String.class,
        "rights-answer:" + rights)).contains("dikabulkan").contains("Salinan data Anda terlampir " + mark);
    assertThat(jdbc.queryForObject("select recipients from mail_outbox where dedup_key = ?", String.class,
        "rights-answer:" + rights)).isEqualTo(request.personal().get("requesterEmail"));

    RestClient.Response handedOver = as("putri").get("/api/privacy/rights/" + rights + "/documents/SALINAN_PDF",
        "application/pdf");
    assertThat(handedOver.status()).isEqualTo(200);
    assertThat(as("budi").get("/api/privacy/rights/" + rights + "/documents/SALINAN_PDF").status()).isEqualTo(403);
    assertThat(as("sari").get("/api/privacy/rights").json().findValuesAsText("registrationNumber"))
        .as("the Ketua's list, in copy").contains(request.number());
    assertThat(as("budi").get("/api/privacy/rights").status()).isEqualTo(403);
  }

  @Test
  void aCorrectionSetsTheFieldAndFilesANoteBesideTheIssuedDocuments() throws Exception {
    Request request = request(mark());
    RestClient.Response badPhone = ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "PERBAIKAN",
        "correctionField", "requesterPhone", "correctionValue", "telepon saya", "identityCheck", "KTP"));
    assertThat(badPhone.status()).isEqualTo(400);
    assertThat(badPhone.body()).contains("Nomor telepon hanya boleh berisi angka");

    String rights = started(ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "PERBAIKAN",
        "correctionField", "requesterPhone", "correctionValue", "0813-9999-0000", "identityCheck", "KTP")));
    decide(rights, Map.of("rightsDecision", "DIKABULKAN", "rightsAnswer", "Nomor telepon sudah dibetulkan."));

    assertThat(runtime.getVariable(request.instance(), "requesterPhone")).isEqualTo("0813-9999-0000");
    byte[] note = jdbc.queryForObject("select content from data_subject_document where rights_instance_id = ?"
        + " and document_type = 'CATATAN_PERBAIKAN'", byte[].class, rights);
    assertThat(PdfText.of(note)).contains("CATATAN PERBAIKAN DATA PRIBADI").contains("0813-9999-0000")
        .contains(request.number());
    assertThat(jdbc.queryForObject("select count(*) from access_log where process_instance_id = ? and what = 'CORRECTION'",
        Long.class, request.instance())).isEqualTo(1);
  }

  @Test
  void aWithdrawalSuspendsTheRequestAndItsMailsStop() throws Exception {
    Request request = request(mark());
    walk().register(request.instance());
    Jobs.runFor(management, request.instance());
    var mapNeeds = tasks.createTaskQuery().processInstanceId(request.instance()).singleResult();
    jdbc.update("insert into mail_outbox (id, kind, dedup_key, recipients, subject, text_body, html_body, status, attempts,"
        + " next_attempt_at, created_at) values (?,?,?,?,?,?,?,?,?,?,?)", UUID.randomUUID().toString(), "SURVEY_INVITATION",
        "survey-invitation:" + request.instance(), request.personal().get("requesterEmail"), "Survei", "t", "h", "PENDING",
        0, java.sql.Timestamp.from(Instant.now().plusSeconds(3600)), java.sql.Timestamp.from(Instant.now()));
    String rights = started(ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "PENARIKAN",
        "identityCheck", "Dikenali petugas; nomor telepon cocok")));
    RestClient.Response noAction = submit(rights, Map.of("rightsDecision", "DIKABULKAN", "rightsAnswer", "Dihentikan."));
    assertThat(noAction.status()).isEqualTo(400);
    assertThat(noAction.body()).contains("Tindakan atas permohonan (withdrawalAction) wajib diisi");

    decide(rights, Map.of("rightsDecision", "DIKABULKAN", "withdrawalAction", "TANGGUHKAN",
        "rightsAnswer", "Pemrosesan permohonan Anda dihentikan."));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(request.instance()).singleResult().isSuspended())
        .isTrue();
    assertThat(jdbc.queryForObject("select status from mail_outbox where dedup_key = ?", String.class,
        "survey-invitation:" + request.instance())).isEqualTo("FAILED");
    // A day before step 2's deadline, when its reminder would be due: none for a suspended request.
    clock.set(reminders.reminderTime(mapNeeds.getDueDate().toInstant()).plusSeconds(60));
    reminders.remindDue();
    assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
        "reminder:" + mapNeeds.getId() + ":%")).isZero();
  }

  @Test
  void anErasureDeletesTheRequestsDataByTheRetentionCodeAndARefusalGivesItsReason() throws Exception {
    Request request = request(mark());
    String refused = started(ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "PENGHAPUSAN",
        "identityCheck", "KTP")));
    decide(refused, Map.of("rightsDecision", "DITOLAK", "rightsAnswer",
        "Ditolak: dokumen arsip disimpan selama masa retensi arsip (UU 43/2009)."));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(request.instance()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select decision from data_subject_request where process_instance_id = ?", String.class,
        refused)).isEqualTo("DITOLAK");

    String granted = started(ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "PENGHAPUSAN",
        "identityCheck", "KTP")));
    decide(granted, Map.of("rightsDecision", "DIKABULKAN", "rightsAnswer", "Data Anda sudah dihapus."));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(request.instance()).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(request.instance()).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where TEXT_ = ?", Long.class,
        request.personal().get("requesterName"))).isZero();
    assertThat(jdbc.queryForObject("select count(*) from erasure where process_instance_id = ? and request_erased_at"
        + " is not null", Long.class, request.instance())).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from request_statistics where process_instance_id = ?", Long.class,
        request.instance())).as("the statistics remain").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from access_log where process_instance_id = ? and what = 'ERASURE'"
        + " and user_id = 'putri'", Long.class, request.instance())).isEqualTo(1);
    RestClient.Response again = ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "AKSES",
        "identityCheck", "KTP"));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("sudah dihapus");
  }

  @Test
  void theAnswerIsDueSeventyTwoClockHoursLaterEvenAcrossAWeekend() {
    Request request = request(mark());
    ZoneId jakarta = ZoneId.of("Asia/Jakarta");
    clock.set(ZonedDateTime.of(2026, 12, 11, 15, 0, 0, 0, jakarta).toInstant());   // a Friday, 15:00 WIB
    String rights = started(ask("rina", Map.of("registrationNumber", request.number(), "rightsKind", "AKSES",
        "identityCheck", "KTP")));
    Instant monday = ZonedDateTime.of(2026, 12, 14, 15, 0, 0, 0, jakarta).toInstant();
    Job timer = management.createJobQuery().processInstanceId(rights).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(monday);
    assertThat(java.time.OffsetDateTime.parse(as("putri").get("/engine-rest/task?processInstanceId=" + rights).json().get(0)
        .get("due").asText(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant())
        .as("the task's due date, as Tasklist shows it").isEqualTo(monday);

    clock.set(monday.plusSeconds(60));
    management.executeJob(timer.getId());
    assertThat(jdbc.queryForObject("select breached_at from data_subject_request where process_instance_id = ?",
        java.sql.Timestamp.class, rights)).isNotNull();
    assertThat(jdbc.queryForObject("select text_body from mail_outbox where dedup_key = ?", String.class,
        "rights-breach:" + rights)).contains("belum dijawab").contains("Senin, 14 Desember 2026 pukul 15.00 WIB")
        .contains(request.number());
    assertThat(visibleTo("putri", rights)).as("the task stays open").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from sop_breach where process_instance_id = ?", Long.class, rights))
        .as("not among the SOP's breaches").isZero();
  }

  record Request(String instance, String number, Map<String, String> personal) {}

  private Request request(String mark) {
    Map<String, String> personal = new HashMap<>();
    personal.put("requesterName", "Ibu Hak " + mark);
    personal.put("requesterPhone", "0812-7777-" + mark.substring(0, 4).replaceAll("[^0-9]", "1"));
    personal.put("requesterEmail", "hak" + mark + "@contoh.id");
    personal.put("requesterInstitution", "Lembaga " + mark);
    personal.put("requesterAddress", "Jalan " + mark);
    personal.put("requestBackground", "Latar " + mark);
    Map<String, Object> variables = new HashMap<>(personal);
    variables.put("topic", "PENGASUHAN");
    variables.put("requestChannel", "DATANG_LANGSUNG");
    variables.put("personalDataConsentGiven", "TERTULIS");
    RestClient.Response started = as("rina").post("/engine-rest/process-definition/key/" + RequestWalk.PROCESS_KEY
        + "/start", Map.of("variables", RequestWalk.variables(variables)));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    return new Request(instance, runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey(), personal);
  }

  private RestClient.Response ask(String user, Map<String, Object> values) {
    return as(user).post("/engine-rest/process-definition/key/" + KEY + "/start",
        Map.of("variables", RequestWalk.variables(values)));
  }

  private static String started(RestClient.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().get("id").asText();
  }

  private long visibleTo(String user, String rights) {
    return as(user).get("/engine-rest/task/count?processInstanceId=" + rights).json().get("count").asLong();
  }

  private RestClient.Response submit(String rights, Map<String, Object> values) {
    RestClient putri = as("putri");
    String task = putri.get("/engine-rest/task?processInstanceId=" + rights).json().get(0).get("id").asText();
    putri.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "putri"));
    return putri.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", RequestWalk.variables(values)));
  }

  private void decide(String rights, Map<String, Object> values) {
    RestClient.Response decided = submit(rights, values);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
    for (int round = 0; round < 3; round++) {
      Jobs.runFor(management, rights);
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(rights).singleResult().getEndTime())
        .as("answered").isNotNull();
  }

  private RequestWalk walk() {
    return new RequestWalk(as("rina"), as("budi"), as("sari"), as("sysadmin"));
  }

  private RestClient as(String user) {
    return RestClient.as(user, port);
  }

  private static String mark() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
