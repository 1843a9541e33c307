package id.go.tangerangkota.puspaga.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every text field a person types, at its limit and one character past it, through the whole
 * SOP over REST (as Tasklist submits), on H2 and on PostgreSQL: past the limit the submission is
 * refused with a message in Indonesian naming the field, the task stays open and nothing is
 * stored; at the limit the text is stored, shown again in later forms and printed whole in the
 * documents. Six of the fields hold more than the engine's 4,000-character text column.
 */
@DemoApplicationTest
class LongTextIT {

  private static final String KEY = "puspaga-layanan-informasi";

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  RestClient rina;
  RestClient budi;
  RestClient sari;
  RestClient sysadmin;

  @Test
  void everyTextFieldIsStoredShownAndPrintedAtItsLimitAndRefusedOnePastIt() throws Exception {
    rina = RestClient.as("rina", port);
    budi = RestClient.as("budi", port);
    sari = RestClient.as("sari", port);
    sysadmin = RestClient.as("sysadmin", port);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    Map<String, Object> request = new LinkedHashMap<>();
    request.put("requesterName", text("nama", 200));
    request.put("requesterPhone", "0812 3456 7890 1234");
    request.put("requesterEmail", text("surel", 200));
    request.put("requesterInstitution", text("lembaga", 200));
    request.put("requesterAddress", text("alamat", 500));
    request.put("requestBackground", text("latar", 4000));
    request.put("topic", "PENGASUHAN");
    request.put("requestChannel", "SURAT");
    request.put("personalDataConsentGiven", "TERTULIS");
    long instancesBefore = sysadmin.get("/engine-rest/history/process-instance/count").json().get("count").asLong();
    for (String field : new String[] {"requesterName", "requesterEmail", "requesterInstitution", "requesterAddress",
        "requestBackground"}) {
      Map<String, Object> tooLong = new HashMap<>(request);
      tooLong.put(field, text("x", TextLimits.LIMITS.get(field).maxLength() + 1));
      RestClient.Response refused = rina.post("/engine-rest/process-definition/key/" + KEY + "/start",
          Map.of("variables", RequestWalk.variables(tooLong)));
      assertRefused(refused, field);
    }
    assertThat(sysadmin.get("/engine-rest/history/process-instance/count").json().get("count").asLong())
        .as("no request started by a refused start").isEqualTo(instancesBefore);
    RestClient.Response started = rina.post("/engine-rest/process-definition/key/" + KEY + "/start",
        Map.of("variables", RequestWalk.variables(request)));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();

    step(rina, instance, "Task_RegisterRequest", Map.of("serviceType", "INFORMASI",
        "dispositionNotes", text("disposisi", 4000)), "dispositionNotes");
    step(budi, instance, "Task_MapNeeds", Map.of("needsMap", text("kebutuhan", 8000),
        "needsHearing", text("pendapat", 8000)), "needsMap", "needsHearing");
    Map<String, Object> program = Map.of("programTitle", text("judul", 200), "programObjective", text("tujuan", 4000),
        "programEndDate", today.plusMonths(1).toString(),
        "activities", "[{\"title\":\"" + text("kegiatan", 200) + "\",\"date\":\"" + today + "\"}]");
    step(budi, instance, "Task_SubmitWorkProgram", program, "programTitle", "programObjective");
    // Sent back with the longest notes: the coordinator reads them whole in the next round.
    step(sari, instance, "Task_ReviewWorkProgram", Map.of("workProgramApproved", "false",
        "reviewNotes", text("catatan", 4000)), "reviewNotes");
    String resubmit = openTask(budi, instance, "Task_SubmitWorkProgram");
    assertThat(formVariable(budi, resubmit, "reviewNotes")).isEqualTo(text("catatan", 4000));
    assertThat(formVariable(budi, resubmit, "needsMap")).isEqualTo(text("kebutuhan", 8000));
    step(budi, instance, "Task_SubmitWorkProgram", program);
    String review = openTask(sari, instance, "Task_ReviewWorkProgram");
    assertThat(formVariable(sari, review, "needsMap")).as("shown again to the Ketua").isEqualTo(text("kebutuhan", 8000));
    step(sari, instance, "Task_ReviewWorkProgram", Map.of("workProgramApproved", "true"));
    step(budi, instance, "Task_CarryOutActivity", Map.of("activityHeldOn", today.toString(), "activityParticipants", 30L,
        "activityExecutor", text("pelaksana", 200)), "activityExecutor");
    step(budi, instance, "Task_ReportActivity", Map.of("activitySummary", text("uraian", 8000),
        "activityOutcome", text("hasil", 8000)), "activitySummary", "activityOutcome");
    step(budi, instance, "Task_CompileProgramReport", Map.of("programReportSummary", text("ringkasan", 10000),
        "programEvaluation", text("evaluasi", 10000)), "programReportSummary", "programEvaluation");
    String coordinate = openTask(sari, instance, "Task_CoordinateProgramReport");
    assertThat(formVariable(sari, coordinate, "programReportSummary")).isEqualTo(text("ringkasan", 10000));
    step(sari, instance, "Task_CoordinateProgramReport", Map.of("coordinationNotes", text("koordinasi", 4000)),
        "coordinationNotes");
    step(rina, instance, "Task_ArchiveProgramReport", Map.of("filesReceived", true, "archiveNotes", text("arsip", 2000)),
        "archiveNotes");
    assertThat(sysadmin.get("/engine-rest/history/process-instance/" + instance).json().get("state").asText())
        .isEqualTo("COMPLETED");

    Map<String, String> printed = new LinkedHashMap<>();
    printed.put("requestBackground", "dokumenLembarDisposisi");
    printed.put("dispositionNotes", "dokumenLembarDisposisi");
    printed.put("requesterAddress", "dokumenLembarDisposisi");
    printed.put("needsMap", "dokumenFormulirProgramKerja2");
    printed.put("needsHearing", "dokumenFormulirProgramKerja2");
    printed.put("reviewNotes", "dokumenFormulirProgramKerja2");
    printed.put("programObjective", "dokumenSuratTugas");
    printed.put("activitySummary", "dokumenLaporanKegiatan");
    printed.put("activityOutcome", "dokumenLaporanKegiatan");
    printed.put("programReportSummary", "dokumenLaporanProgram");
    printed.put("programEvaluation", "dokumenLaporanProgram");
    printed.put("coordinationNotes", "dokumenTandaTerima");
    printed.put("archiveNotes", "dokumenTandaTerima");
    Map<String, String> prefixes = Map.ofEntries(Map.entry("requestBackground", "latar"),
        Map.entry("dispositionNotes", "disposisi"), Map.entry("requesterAddress", "alamat"),
        Map.entry("needsMap", "kebutuhan"), Map.entry("needsHearing", "pendapat"), Map.entry("reviewNotes", "catatan"),
        Map.entry("programObjective", "tujuan"), Map.entry("activitySummary", "uraian"), Map.entry("activityOutcome", "hasil"),
        Map.entry("programReportSummary", "ringkasan"), Map.entry("programEvaluation", "evaluasi"),
        Map.entry("coordinationNotes", "koordinasi"), Map.entry("archiveNotes", "arsip"));
    printed.forEach((field, document) -> {
      String expected = text(prefixes.get(field), TextLimits.LIMITS.get(field).maxLength());
      // Lines wrap after a hyphen too ("latar-" / "00006"): compare without the layout's whitespace.
      assertThat(pdfText(instance, document).replace(" ", "")).as(field + " printed whole in " + document)
          .contains(expected.replace(" ", ""));
    });

    // Every document of the request prints its registration number.
    String number = sysadmin.get("/engine-rest/history/process-instance/" + instance).json().get("businessKey").asText();
    assertThat(number).startsWith("LI-");
    JsonNode documents = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sysadmin.get(
        "/engine-rest/history/variable-instance?processInstanceId=" + instance + "&variableName=documents"
            + "&deserializeValues=false").json().get(0).get("value").asText());
    assertThat(documents).hasSize(8);
    for (JsonNode document : documents) {
      assertThat(pdfText(instance, document.get("variable").asText())).as(document.get("type").asText())
          .contains("Nomor registrasi " + number);
    }
  }

  @Test
  void aReferralReasonIsStoredAtItsLimitAndRefusedOnePastIt() {
    rina = RestClient.as("rina", port);
    sysadmin = RestClient.as("sysadmin", port);
    RestClient.Response started = rina.post("/engine-rest/process-definition/key/" + KEY + "/start", Map.of("variables",
        RequestWalk.variables(Map.of("requesterName", "Ibu Rahma", "requesterPhone", "0812-2222-3333", "topic", "HAK_ANAK",
            "requestBackground", "Anak sulit tidur.", "requestChannel", "TELEPON", "personalDataConsentGiven", "LISAN"))));
    String instance = started.json().get("id").asText();
    step(rina, instance, "Task_RegisterRequest", Map.of("serviceType", "KONSELING", "referralReason", text("rujukan", 4000)),
        "referralReason");
    assertThat(sysadmin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=referralReason").json().get(0).get("value").asText()).isEqualTo(text("rujukan", 4000));
  }

  /**
   * Each named field one past its limit is refused alone (400, Indonesian message naming it, task
   * open, nothing stored); then the values are submitted as they are.
   */
  private void step(RestClient client, String instance, String taskKey, Map<String, Object> values, String... limited) {
    String task = openTask(client, instance, taskKey);
    assertThat(client.post("/engine-rest/task/" + task + "/claim", Map.of("userId", client.user())).status()).isEqualTo(204);
    for (String field : limited) {
      Map<String, Object> tooLong = new HashMap<>(values);
      tooLong.put(field, text("x", TextLimits.LIMITS.get(field).maxLength() + 1));
      RestClient.Response refused = client.post("/engine-rest/task/" + task + "/submit-form",
          Map.of("variables", RequestWalk.variables(tooLong)));
      assertRefused(refused, field);
      assertThat(openTask(client, instance, taskKey)).as("still open").isEqualTo(task);
      RestClient.Response stored = sysadmin.get("/engine-rest/process-instance/" + instance + "/variables/" + field);
      if (stored.status() == 200) {
        assertThat(stored.json().get("value").asText()).as(field + " not stored").doesNotStartWith("x-");
      }
    }
    RestClient.Response accepted = client.post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", RequestWalk.variables(values)));
    assertThat(accepted.status()).as(taskKey + " " + accepted).isEqualTo(204);
    for (String field : limited) {
      JsonNode history = sysadmin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance
          + "&variableName=" + field).json();
      assertThat(history).as(field).isNotEmpty();
      assertThat(history.get(0).get("value").asText()).as(field + " stored whole").isEqualTo(values.get(field));
    }
    management.createJobQuery().processInstanceId(instance).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private static void assertRefused(RestClient.Response refused, String field) {
    assertThat(refused.status()).as(field + " " + refused).isEqualTo(400);
    String message = refused.json().get("message").asText();
    assertThat(message).as(field).startsWith(TextLimits.LIMITS.get(field).label())
        .contains("(" + field + ") paling banyak", "karakter");
  }

  private static String openTask(RestClient client, String instance, String taskKey) {
    JsonNode tasks = client.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks).as(taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** A variable as the task's form receives it (Tasklist reads form variables this way). */
  private static String formVariable(RestClient client, String task, String name) {
    return client.get("/engine-rest/task/" + task + "/form-variables?variableNames=" + name).json().get(name).get("value")
        .asText();
  }

  private String pdfText(String instance, String variable) {
    JsonNode found = sysadmin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=" + variable + "&deserializeValues=false").json();
    assertThat(found).as(variable).hasSize(1);
    try {
      HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/engine-rest/history/variable-instance/" + found.get(0).get("id").asText() + "/data"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sysadmin:sysadmin".getBytes(StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      return PdfText.of(pdf.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Exactly {@code length} characters of numbered words ("latar-00001 latar-00002 ..."), ending in a letter or digit. */
  static String text(String word, int length) {
    StringBuilder text = new StringBuilder(length + 20);
    for (int i = 1; text.length() < length; i++) {
      text.append(word).append('-').append(String.format("%05d", i)).append(' ');
    }
    text.setLength(length);
    if (text.charAt(length - 1) == ' ' || text.charAt(length - 1) == '-') {
      text.setCharAt(length - 1, 'z');
    }
    return text.toString();
  }
}
