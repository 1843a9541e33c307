package id.go.tangerangkota.puspaga.incident;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.Jobs;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.SettableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A personal-data incident (UU 27/2022 Pasal 46) reported by a konselor: the Ketua and the data
 * protection officer told at once; the officer's assessment; the affected requesters told by mail
 * (with an address) or by letter (without), the authority by letter; the 3x24 hours as a timer.
 */
@DemoApplicationTest
class PersonalDataIncidentIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired SettableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aReportedIncidentIsAssessedAndEveryAffectedRequesterAndTheAuthorityAreTold() throws Exception {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String withMail = request("Ibu Surel " + mark, "surel" + mark + "@contoh.id", null);
    String withoutMail = request("Bapak Surat " + mark, null, "Jalan Surat " + mark + " No. 7");

    RestClient.Response unknown = report(withMail + ", LI-1999-9999");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("tidak ditemukan: LI-1999-9999");
    String incident = started(report(withMail + "\n" + withoutMail));
    assertThat(jdbc.queryForObject("select recipients from mail_outbox where dedup_key = ?", String.class,
        "incident-reported:" + incident)).as("the Ketua and the officer, at once").contains("sari").contains("putri");
    assertThat(count("putri", incident)).isEqualTo(1);
    assertThat(count("sari", incident)).isEqualTo(1);
    assertThat(count("budi", incident)).as("the reporter does not assess").isZero();

    RestClient putri = RestClient.as("putri", port);
    String task = putri.get("/engine-rest/task?processInstanceId=" + incident).json().get(0).get("id").asText();
    putri.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "putri"));
    RestClient.Response noAssessment = putri.post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", RequestWalk.variables(Map.of("incidentNotify", "YA"))));
    assertThat(noAssessment.status()).isEqualTo(400);
    assertThat(noAssessment.body()).contains("Penilaian dampak dan tindakan (incidentAssessment) wajib diisi");
    assertThat(putri.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", RequestWalk.variables(Map.of(
        "incidentNotify", "YA", "incidentAssessment", "Nama dan nomor telepon terbaca; kata sandi diganti " + mark)))).status())
        .isEqualTo(204);
    Jobs.runFor(management, incident);

    assertThat(jdbc.queryForObject("select text_body from mail_outbox where dedup_key = ?", String.class,
        "incident:" + incident + ":" + withMail)).contains(withMail).contains("kata sandi diganti " + mark)
        .contains("Pasal 46");
    byte[] letter = jdbc.queryForObject("select letter from data_incident_subject where process_instance_id = ?"
        + " and registration_number = ?", byte[].class, incident, withoutMail);
    assertThat(PdfText.of(letter)).contains("Bapak Surat " + mark).contains("Jalan Surat " + mark).contains(withoutMail);
    RestClient.Response authority = putri.get("/api/privacy/incidents/" + incident + "/letters/LEMBAGA");
    assertThat(authority.status()).isEqualTo(200);
    byte[] toAuthority = jdbc.queryForObject("select authority_letter from data_incident where process_instance_id = ?",
        byte[].class, incident);
    assertThat(PdfText.of(toAuthority)).contains("kata sandi diganti " + mark).contains("Lembaga Penyelenggara")
        .doesNotContain("Ibu Surel").doesNotContain("Bapak Surat").doesNotContain(withMail);
    assertThat(jdbc.queryForObject("select affected_count from data_incident where process_instance_id = ?", Integer.class,
        incident)).isEqualTo(2);
    assertThat(RestClient.as("budi", port).get("/api/privacy/incidents/" + incident + "/letters/LEMBAGA").status())
        .isEqualTo(403);
    var listed = putri.get("/api/privacy/incidents").json();
    assertThat(listed.findValuesAsText("processInstanceId")).contains(incident);
    assertThat(listed.toString()).contains("/letters/LEMBAGA").contains("/letters/" + withoutMail)
        .doesNotContain("/letters/" + withMail);
    assertThat(RestClient.as("budi", port).get("/api/privacy/incidents").status()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select notified_at from data_incident where process_instance_id = ?",
        java.sql.Timestamp.class, incident)).isNotNull();
  }

  @Test
  void anIncidentNotToldWithinSeventyTwoHoursIsABreach() {
    ZoneId jakarta = ZoneId.of("Asia/Jakarta");
    Instant saturday = ZonedDateTime.of(2026, 12, 12, 9, 30, 0, 0, jakarta).toInstant();
    clock.set(saturday);
    String incident = started(report(""));
    Job timer = management.createJobQuery().processInstanceId(incident).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(saturday.plusSeconds(72 * 3600));
    management.executeJob(timer.getId());
    assertThat(jdbc.queryForObject("select breached_at from data_incident where process_instance_id = ?",
        java.sql.Timestamp.class, incident)).isNotNull();
    assertThat(jdbc.queryForObject("select text_body from mail_outbox where dedup_key = ?", String.class,
        "incident-breach:" + incident)).contains("Selasa, 15 Desember 2026 pukul 09.30 WIB");
  }

  private RestClient.Response report(String affected) {
    Map<String, Object> values = new HashMap<>();
    values.put("incidentDescription", "Daftar permohonan tercetak tertinggal di ruang tunggu.");
    values.put("affectedRequests", affected);
    return RestClient.as("budi", port).post("/engine-rest/process-definition/key/" + Incidents.PROCESS_KEY + "/start",
        Map.of("variables", RequestWalk.variables(values)));
  }

  private static String started(RestClient.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().get("id").asText();
  }

  private long count(String user, String incident) {
    return RestClient.as(user, port).get("/engine-rest/task/count?processInstanceId=" + incident).json().get("count")
        .asLong();
  }

  private String request(String name, String email, String address) {
    Map<String, Object> variables = new HashMap<>(Map.of("requesterName", name, "requesterPhone", "0812-5555-6666",
        "topic", "PENGASUHAN", "requestBackground", "Latar.", "requestChannel", "DATANG_LANGSUNG",
        "personalDataConsentGiven", "LISAN"));
    if (email != null) {
      variables.put("requesterEmail", email);
    }
    if (address != null) {
      variables.put("requesterAddress", address);
    }
    RestClient.Response started = RestClient.as("rina", port).post("/engine-rest/process-definition/key/"
        + RequestWalk.PROCESS_KEY + "/start", Map.of("variables", RequestWalk.variables(variables)));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return runtime.createProcessInstanceQuery().processInstanceId(started.json().get("id").asText()).singleResult()
        .getBusinessKey();
  }
}
