package id.go.tangerangkota.puspaga.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.puspaga.system.Concurrently;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.WebappSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Odd and big input over HTTP gets a clear 4xx answer with a reason in Indonesian, leaves the task
 * open and stores nothing; and every request is told apart by its registration number.
 */
@DemoApplicationTest
class ClearAnswersIT {

  private static final String KEY = "puspaga-layanan-informasi";

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  RestClient rina;
  RestClient budi;
  RestClient sari;
  RestClient sysadmin;
  RequestWalk walk;
  /** The server's today (RequestWalk.today): the year of the numbers and the dates it checks. */
  LocalDate today;

  @BeforeEach
  void staff() {
    rina = RestClient.as("rina", port);
    budi = RestClient.as("budi", port);
    sari = RestClient.as("sari", port);
    sysadmin = RestClient.as("sysadmin", port);
    today = RequestWalk.today(rina);
    walk = new RequestWalk(rina, budi, sari, sysadmin);
  }

  @Test
  void aWorkProgramOfMoreThanFiftyActivitiesIsRefusedNamingTheLimitAndFiftyAreAccepted() {
    String instance = toStep3();
    String task = walk.awaitTask(budi, instance, "Task_SubmitWorkProgram");

    RestClient.Response refused = submit(budi, task, program(51));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(message(refused)).startsWith("Rencana kegiatan (activities) paling banyak 50 kegiatan")
        .contains("sedangkan yang diajukan 51 kegiatan");
    assertThat(walk.awaitTask(budi, instance, "Task_SubmitWorkProgram")).isEqualTo(task);
    assertThat(variable(instance, "programTitle")).as("nothing stored").isNull();

    // Fifty activities with the longest titles: their summary is longer than the engine's text column.
    RestClient.Response accepted = submit(budi, task, program(50));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    assertThat(variable(instance, "activitiesSummary").asText()).hasSizeGreaterThan(4000).contains("50. ");
  }

  @Test
  void aVariableOfTheTypeObjectIsRefusedWith400AndAReason() {
    String instance = toStep2();
    String task = walk.awaitTask(budi, instance, "Task_MapNeeds");
    budi.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "budi"));

    Map<String, Object> javaSerialized = Map.of("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAAeHB3CAAAABAAAAAAeA==",
        "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object"));
    Map<String, Object> jsonObject = Map.of("value", "{\"a\": 1}", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json"));
    for (Map<String, Object> lampiran : List.of(javaSerialized, jsonObject)) {
      Map<String, Object> variables = new HashMap<>(RequestWalk.variables(Map.of("needsMap", "Pemetaan kebutuhan.")));
      variables.put("lampiran", lampiran);
      RestClient.Response refused = budi.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables));
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(message(refused)).startsWith("Isian \"lampiran\" dikirim sebagai objek")
          .contains("tidak diterima", "Kirim sebagai teks (String)");
      assertThat(walk.awaitTask(budi, instance, "Task_MapNeeds")).isEqualTo(task);
      assertThat(variable(instance, "needsMap")).isNull();
      assertThat(variable(instance, "lampiran")).isNull();
    }
  }

  @Test
  void refusesDeadlinesOutsideTheYearsItServes() {
    for (String from : List.of("9999-01-01T10:00:00%2B07:00", "1999-12-31T10:00:00%2B07:00", "2100-01-01T00:00:00%2B07:00")) {
      RestClient.Response response = rina.get("/api/calendar/deadline?workingDays=1&from=" + from);
      assertThat(response.status()).as(from + " " + response).isEqualTo(400);
      assertThat(message(response)).contains("2000", "2099");
    }
    assertThat(rina.get("/api/calendar/deadline?workingDays=1&from=2099-12-30T10:00:00%2B07:00").status()).isEqualTo(200);
    assertThat(rina.get("/api/calendar/holidays?year=2100").status()).isEqualTo(400);
  }

  @Test
  void aRefusalShowsOnlyTheIndonesianMessageOnBothApis() throws Exception {
    String instance = toStep3();
    String task = walk.awaitTask(budi, instance, "Task_SubmitWorkProgram");
    Map<String, Object> empty = Map.of("programTitle", "Program", "programObjective", "Tujuan",
        "programEndDate", today.plusMonths(1).toString(), "activities", "[]");

    RestClient.Response engineRest = submit(budi, task, empty);
    assertThat(engineRest.status()).isEqualTo(400);
    assertThat(message(engineRest)).startsWith("Rencana kegiatan (activities) tidak boleh kosong");

    WebappSession tasklist = new WebappSession(port).login("budi", "tasklist");
    HttpResponse<String> webapp = tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        new ObjectMapper().writeValueAsString(Map.of("variables", RequestWalk.variables(empty))));
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(webapp.body()).get("message").asText())
        .startsWith("Rencana kegiatan (activities) tidak boleh kosong");
  }

  @Test
  void errorsUnderApiAreJsonEvenWhenTomcatRefusesThePath() {
    RestClient.Response encodedSlash = rina.get("/api/archive/001%2FTT%2FPUSPAGA%2FXI%2F2026");
    assertThat(encodedSlash.status()).isEqualTo(400);
    assertThat(message(encodedSlash)).contains("/api/archive?receipt=");
    RestClient.Response unknown = rina.get("/api/tidak-ada");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().has("message")).as(unknown.toString()).isTrue();
  }

  @Test
  void givesEveryRequestAConsecutiveRegistrationNumberOfItsYearAsBusinessKey() throws Exception {
    List<String> instances = Concurrently.atOnce(IntStream.range(0, 8).boxed().toList(), i -> walk.start("LI-KLIEN-" + i));
    List<String> numbers = new ArrayList<>();
    for (String instance : instances) {
      JsonNode history = sysadmin.get("/engine-rest/history/process-instance/" + instance).json();
      String number = history.get("businessKey").asText();
      assertThat(number).matches("LI-3671-" + today.getYear() + "-\\d{4}");
      assertThat(variable(instance, "registrationNumber").asText()).isEqualTo(number);
      numbers.add(number);
    }
    List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
    assertThat(sequence).doesNotHaveDuplicates();
    assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).as("consecutive").isEqualTo(sequence.size() - 1);

    // The Ketua finds a request by its number in Cockpit (the business key search).
    JsonNode found = sari.get("/engine-rest/process-instance?businessKey=" + numbers.get(0)).json();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("id").asText()).isEqualTo(instances.get(0));
  }

  @Test
  void everyLanesTaskCardsShowTheRegistrationNumberTheRequesterAndTheTopic() {
    for (RestClient staff : List.of(rina, budi, sari)) {
      for (JsonNode filter : staff.get("/engine-rest/filter").json()) {
        assertThat(filter.get("properties").get("variables").findValuesAsText("name")).as(filter.get("name").asText())
            .containsExactly("cardRegistrationNumber", "cardRequest");
      }
    }
    String instance = walk.start("diabaikan");
    String number = sysadmin.get("/engine-rest/history/process-instance/" + instance).json().get("businessKey").asText();
    assertThat(number).isNotEqualTo("diabaikan");

    // Exactly what Tasklist asks for to draw the cards of Admin's filter, with Admin's own rights.
    String filter = rina.get("/engine-rest/filter?name=Tugas%20Admin").json().get(0).get("id").asText();
    JsonNode cards = rina.post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=1000",
        Map.of("processInstanceBusinessKey", number), "application/hal+json").json().get("_embedded").get("task");
    assertThat(cards).hasSize(1);
    Map<String, String> shown = new HashMap<>();
    cards.get(0).get("_embedded").get("variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
    assertThat(shown).containsEntry("cardRegistrationNumber", number)
        .containsEntry("cardRequest", "Ibu Sri Wahyuni · Pengasuhan");
  }

  private String toStep2() {
    String instance = walk.start("LI-UJI");
    walk.register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    return instance;
  }

  private String toStep3() {
    String instance = toStep2();
    walk.mapNeeds(instance);
    return instance;
  }

  private Map<String, Object> program(int activities) {
    StringBuilder list = new StringBuilder("[");
    for (int i = 1; i <= activities; i++) {
      String title = String.format("%02d ", i) + "Penyuluhan pengasuhan positif ".repeat(7);
      list.append(i > 1 ? "," : "").append("{\"title\":\"").append(title, 0, 200).append("\",\"date\":\"")
          .append(today.plusDays(i % 28)).append("\"}");
    }
    return Map.of("programTitle", "Penyuluhan pengasuhan", "programObjective", "Orang tua memahami pengasuhan positif.",
        "programEndDate", today.plusMonths(1).toString(), "activities", list.append(']').toString());
  }

  private static RestClient.Response submit(RestClient client, String task, Map<String, Object> values) {
    return client.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", RequestWalk.variables(values)));
  }

  private JsonNode variable(String instance, String name) {
    JsonNode found = sysadmin.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance + "&variableName=" + name
        + "&deserializeValues=false").json();
    return found.isEmpty() ? null : found.get(0).get("value");
  }

  private static String message(RestClient.Response response) {
    return response.json().get("message").asText();
  }
}
