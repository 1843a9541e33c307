package id.go.tangerangkota.puspaga;

import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as a newcomer starts it (demo profile), over real HTTP: the model and forms are
 * deployed, a REST client with Basic login walks a request forward, and nothing answers without login.
 */
@DemoApplicationTest
class PuspagaApplicationIT {

  private static final String KEY = "puspaga-layanan-informasi";

  private static final DateTimeFormatter ENGINE_REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @LocalServerPort
  int port;

  @Autowired
  id.go.tangerangkota.puspaga.system.SettableClock clock;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  ManagementService management;

  @Test
  void refusesEveryApiWithoutLogin() {
    RestClient anonymous = RestClient.anonymous(port);
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/deployment",
        "/api/calendar/holidays?year=2026", "/api/calendar/today", "/api/calendar/deadline?from=2026-11-30T09:00:00%2B07:00&workingDays=1"}) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
  }

  @Test
  void deploysTheModelWithItsFormsFromTheProcessesFolder() {
    RestClient rina = RestClient.as("rina", port);
    JsonNode definition = rina.get("/engine-rest/process-definition/key/" + KEY).json();
    assertThat(definition.get("name").asText()).isEqualTo("Layanan informasi PUSPAGA");
    JsonNode startForm = rina.get("/engine-rest/process-definition/key/" + KEY + "/deployed-start-form").json();
    assertThat(startForm.get("id").asText()).isEqualTo("Form_RequestReceived");
    JsonNode resources = RestClient.as("sysadmin", port).get("/engine-rest/deployment/" + definition.get("deploymentId").asText() + "/resources").json();
    assertThat(resources.findValuesAsText("name")).contains(
        "puspaga-layanan-informasi.bpmn", "ajukan-program-kerja.html", "permohonan-layanan.form", "tinjau-program-kerja.form");
  }

  @Test
  void walksARequestForwardOverRestAndRefusesAnInvalidWorkProgramWithAMessageInIndonesian() {
    RestClient rina = RestClient.as("rina", port);
    RestClient budi = RestClient.as("budi", port);
    RestClient sari = RestClient.as("sari", port);
    RestClient.Response started = rina.post("/engine-rest/process-definition/key/" + KEY + "/start", Map.of(
        "businessKey", "LI-IT-1",
        "variables", variables(Map.of("requesterName", "Budi O'Neil", "requesterPhone", "021-5555-1234",
            "topic", "HAK_ANAK", "requestBackground", "Sekolah meminta sosialisasi hak anak.",
            "requestChannel", "SURAT", "personalDataConsentGiven", "TERTULIS"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();

    completeTask(rina, instance, "Task_RegisterRequest", Map.of("serviceType", "INFORMASI", "dispositionNotes", "Petakan."));
    runAsyncSteps(instance);
    completeTask(budi, instance, "Task_MapNeeds", Map.of("needsMap", "Kebutuhan sosialisasi hak anak di sekolah."));

    String submit = openTask(budi, instance, "Task_SubmitWorkProgram");
    assertThat(budi.get("/engine-rest/task/" + submit + "/deployed-form").body()).contains("Rencana kegiatan");
    String end = RequestWalk.today(budi).plusMonths(2).toString();
    RestClient.Response refused = budi.post("/engine-rest/task/" + submit + "/submit-form", Map.of("variables",
        variables(Map.of("programTitle", "Sosialisasi hak anak", "programObjective", "Siswa mengenal haknya.",
            "programEndDate", end, "activities", "[]"))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Rencana kegiatan (activities) tidak boleh kosong");
    assertThat(openTask(budi, instance, "Task_SubmitWorkProgram")).isEqualTo(submit);

    RestClient.Response accepted = budi.post("/engine-rest/task/" + submit + "/submit-form", Map.of("variables",
        variables(Map.of("programTitle", "Sosialisasi hak anak", "programObjective", "Siswa mengenal haknya.",
            "programEndDate", end, "activities",
            "[{\"title\":\"Sosialisasi di SDN 1\",\"date\":\"" + RequestWalk.today(budi).plusMonths(1) + "\"}]"))));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    runAsyncSteps(instance);

    completeTask(sari, instance, "Task_ReviewWorkProgram", Map.of("workProgramApproved", "true"));
    runAsyncSteps(instance);
    assertThat(openTask(budi, instance, "Task_CarryOutActivity")).isNotBlank();
    String due = budi.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("due").asText();
    assertThat(OffsetDateTime.parse(due, ENGINE_REST_DATE).toInstant())
        .isEqualTo(calendar.endOfPeriod(LocalDate.parse(end)).toInstant());
  }

  @Test
  void answersDeadlinesAndHolidaysFromTheCalendar() {
    RestClient rina = RestClient.as("rina", port);
    assertThat(rina.get("/api/calendar/deadline?from=2026-03-17T10:00:00%2B07:00&workingDays=1").json().get("deadline").asText())
        .isEqualTo("2026-03-25T16:00:00+07:00");
    assertThat(rina.get("/api/calendar/deadline?from=2026-12-22T10:00:00%2B07:00&days=2").json().get("deadline").asText())
        .isEqualTo("2026-12-28T16:00:00+07:00");
    JsonNode holidays = rina.get("/api/calendar/holidays?year=2026").json();
    assertThat(holidays.get("confirmed").asBoolean()).isTrue();
    assertThat(holidays.get("holidays")).hasSize(25);
    assertThat(holidays.get("holidays").get(0).get("name").asText()).isEqualTo("Tahun Baru 2026 Masehi");
    assertThat(rina.get("/api/calendar/holidays?year=2027").json().get("confirmed").asBoolean()).isFalse();
  }

  @Test
  void answersTheOfficesTodayByTheServersClockInTheCalendarsZone() {
    // 17:30 UTC on 31 December 2025: still the old year in UTC, already New Year's Day in Jakarta.
    clock.set(java.time.Instant.parse("2025-12-31T17:30:00Z"));
    try {
      JsonNode today = RestClient.as("rina", port).get("/api/calendar/today").json();
      assertThat(today.get("date").asText()).isEqualTo("2026-01-01");
      assertThat(today.get("time").asText()).isEqualTo("2026-01-01T00:30:00+07:00");
      assertThat(today.get("zone").asText()).isEqualTo("Asia/Jakarta");
      assertThat(today.get("workingDay").asBoolean()).isFalse();
      clock.set(java.time.Instant.parse("2026-12-07T02:00:00Z"));
      assertThat(RestClient.as("rina", port).get("/api/calendar/today").json().get("workingDay").asBoolean())
          .as("Monday 7 December").isTrue();
    } finally {
      clock.reset();
    }
  }

  @Test
  void answersBadCalendarParametersWith400AndAReason() {
    RestClient rina = RestClient.as("rina", port);
    for (String query : new String[] {"from=kemarin&workingDays=1", "from=2026-11-30T09:00:00%2B07:00",
        "from=2026-11-30T09:00:00%2B07:00&workingDays=1&days=1", "from=2026-11-30T09:00:00%2B07:00&workingDays=0",
        "from=2026-11-30T09:00:00%2B07:00&workingDays=dua", "workingDays=1"}) {
      RestClient.Response response = rina.get("/api/calendar/deadline?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.json().get("message").asText()).as(query).isNotBlank();
    }
    assertThat(rina.get("/api/calendar/holidays?year=abc").status()).isEqualTo(400);
  }

  @Test
  void givesEachLaneItsSavedTasklistFilterSortedByDueDate() {
    // The Ketua and the data protection officer also see the rights and incident tasks (the Ketua in copy).
    Map<String, List<String>> laneFilters = Map.of("rina", List.of("Tugas Admin"), "budi", List.of("Tugas Psikolog/Konselor"),
        "sari", List.of("Tugas Ketua PUSPAGA", "Hak atas data pribadi"), "putri", List.of("Hak atas data pribadi"));
    laneFilters.forEach((user, own) -> {
      JsonNode filters = RestClient.as(user, port).get("/engine-rest/filter").json();
      List<String> names = new java.util.ArrayList<>();
      filters.forEach(filter -> names.add(filter.get("name").asText()));
      List<String> expected = new java.util.ArrayList<>(own);
      expected.add("Tugas saya");
      assertThat(names).as(user).containsExactlyInAnyOrderElementsOf(expected);
      for (JsonNode filter : filters) {
        assertThat(filter.get("query").get("sorting").get(0).get("sortBy").asText()).isEqualTo("dueDate");
      }
    });
  }

  /** The job executor is off in tests: run the asynchronous document steps here. */
  private void runAsyncSteps(String instance) {
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    return variables;
  }

  private static String openTask(RestClient client, String instance, String taskKey) {
    JsonNode tasks = client.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks).as(taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private void completeTask(RestClient client, String instance, String taskKey, Map<String, Object> values) {
    String task = openTask(client, instance, taskKey);
    assertThat(client.post("/engine-rest/task/" + task + "/claim", Map.of("userId", client.user())).status()).isEqualTo(204);
    RestClient.Response response = client.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables(values)));
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
  }
}
