package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request walked through the SOP over the engine REST API, as staff do in Tasklist, against a
 * running application whose job executor is on: the asynchronous document steps run by
 * themselves, so each step waits for its task to appear.
 */
public final class RequestWalk {

  public static final String PROCESS_KEY = "puspaga-layanan-informasi";
  /** The nine steps' tasks of a request that is not referred, in order. */
  public static final List<String> STEPS = List.of("Task_RegisterRequest", "Task_MapNeeds", "Task_SubmitWorkProgram",
      "Task_ReviewWorkProgram", "Task_CarryOutActivity", "Task_ReportActivity", "Task_CompileProgramReport",
      "Task_CoordinateProgramReport", "Task_ArchiveProgramReport");
  private static final Duration WAIT = Duration.ofMinutes(2);

  private final RestClient admin;
  private final RestClient konselor;
  private final RestClient ketua;
  private final RestClient observer;

  /**
   * Clients of the three lanes (Admin, Psikolog/Konselor, Ketua PUSPAGA), any node, and an
   * administrator who may read history, to see when a request has ended.
   */
  public RequestWalk(RestClient admin, RestClient konselor, RestClient ketua, RestClient observer) {
    this.admin = admin;
    this.konselor = konselor;
    this.ketua = ketua;
    this.observer = observer;
  }

  /**
   * The office's today as the server reads it (its clock, the calendar's zone): dates the server
   * checks against its own today are taken from it, not from the test's clock and zone.
   */
  public static LocalDate today(RestClient server) {
    RestClient.Response today = server.get("/api/calendar/today");
    assertThat(today.status()).as(today.toString()).isEqualTo(200);
    return LocalDate.parse(today.json().get("date").asText());
  }

  public LocalDate today() {
    return today(admin);
  }

  public String start(String businessKey) {
    RestClient.Response started = admin.post("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", Map.of(
        "businessKey", businessKey,
        "variables", variables(Map.of("requesterName", "Ibu Sri Wahyuni", "requesterPhone", "0812-1111-2222",
            "topic", "PENGASUHAN", "requestBackground", "Warga RW 05 meminta penyuluhan pengasuhan.",
            "requestChannel", "DATANG_LANGSUNG", "personalDataConsentGiven", "TERTULIS"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  public void register(String instance) {
    step(instance, "Task_RegisterRequest");
  }

  public void mapNeeds(String instance) {
    step(instance, "Task_MapNeeds");
  }

  /** Steps 3 and 4: a work program with one activity today, approved by the Ketua. */
  public void planAndApprove(String instance) {
    step(instance, "Task_SubmitWorkProgram");
    step(instance, "Task_ReviewWorkProgram");
  }

  /** Steps 5 to 8. */
  public void carryOutAndReport(String instance) {
    step(instance, "Task_CarryOutActivity");
    step(instance, "Task_ReportActivity");
    step(instance, "Task_CompileProgramReport");
    step(instance, "Task_CoordinateProgramReport");
  }

  /** Step 9; the archive job then runs by itself. */
  public void archive(String instance) {
    step(instance, "Task_ArchiveProgramReport");
  }

  /** All nine steps, with {@code afterEachStep} run after each (e.g. the asynchronous jobs, when no executor runs them). */
  public void walkToTheArchive(String instance, Runnable afterEachStep) {
    for (String step : STEPS) {
      step(instance, step);
      afterEachStep.run();
    }
  }

  public void walkToTheEnd(String instance) {
    walkToTheArchive(instance, () -> { });
    assertThat(awaitEnded(instance)).isEqualTo("COMPLETED");
    assertThat(observer.get("/engine-rest/history/activity-instance?maxResults=10&processInstanceId=" + instance
        + "&activityId=EndEvent_ReportArchived").json()).as("ended archived").hasSize(1);
  }

  /** Waits for that step's task and completes it as its lane would. */
  public void step(String instance, String taskKey) {
    complete(laneOf(taskKey), instance, taskKey, valuesOf(taskKey));
  }

  /**
   * Completes the tasks the instance waits at now, whatever they are, as their lanes would; answers
   * how many. Zero means the instance is between tasks (an asynchronous step) or has ended.
   */
  public int advance(String instance) {
    int completed = 0;
    for (RestClient lane : new RestClient[] {admin, konselor, ketua}) {
      for (JsonNode task : lane.get("/engine-rest/task?maxResults=50&processInstanceId=" + instance).json()) {
        String key = task.get("taskDefinitionKey").asText();
        if (laneOf(key) == lane) {
          completeTask(lane, task.get("id").asText(), key, valuesOf(key));
          completed++;
        }
      }
    }
    return completed;
  }

  private RestClient laneOf(String taskKey) {
    return switch (taskKey) {
      case "Task_RegisterRequest", "Task_ArchiveProgramReport" -> admin;
      case "Task_ReviewWorkProgram", "Task_CoordinateProgramReport" -> ketua;
      default -> konselor;
    };
  }

  /** What the step's staff enter, as the tests and benchmarks submit it. */
  public Map<String, Object> valuesOf(String taskKey) {
    return valuesOf(taskKey, today());
  }

  /** As {@link #valuesOf(String)}, with the dates of steps 3 and 5 around that day. */
  public static Map<String, Object> valuesOf(String taskKey, LocalDate today) {
    return switch (taskKey) {
      case "Task_RegisterRequest" -> Map.of("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan.");
      case "Task_MapNeeds" -> Map.of("needsMap", "Penyuluhan pengasuhan untuk orang tua RW 05.");
      case "Task_SubmitWorkProgram" -> Map.of("programTitle", "Penyuluhan pengasuhan",
          "programObjective", "Orang tua memahami pengasuhan positif.", "programEndDate", today.plusMonths(1).toString(),
          "activities", "[{\"title\":\"Penyuluhan di balai RW 05\",\"date\":\"" + today + "\"}]");
      case "Task_ReviewWorkProgram" -> Map.of("workProgramApproved", "true", "reviewNotes", "Setuju.");
      case "Task_CarryOutActivity" -> Map.of("activityHeldOn", today.toString(), "activityParticipants", 25L,
          "activityExecutor", "Tim PUSPAGA");
      case "Task_ReportActivity" -> Map.of("activitySummary", "Penyuluhan terlaksana.", "activityOutcome",
          "Peserta memahami materi.");
      case "Task_CompileProgramReport" -> Map.of("programReportSummary", "Satu kegiatan terlaksana.",
          "programEvaluation", "Sesuai rencana.");
      case "Task_CoordinateProgramReport" -> Map.of("coordinationNotes", "Diterima.");
      case "Task_ArchiveProgramReport" -> Map.of("filesReceived", true);
      default -> throw new IllegalArgumentException("no values for " + taskKey);
    };
  }

  public void complete(RestClient client, String instance, String taskKey, Map<String, Object> values) {
    completeTask(client, awaitTask(client, instance, taskKey), taskKey, values);
  }

  /** Claims and completes that task (of that key) as its lane would, with the usual values. */
  public void completeAs(RestClient client, String task, String taskKey) {
    completeTask(client, task, taskKey, valuesOf(taskKey));
  }

  private static void completeTask(RestClient client, String task, String taskKey, Map<String, Object> values) {
    RestClient.Response claimed = client.post("/engine-rest/task/" + task + "/claim", Map.of("userId", client.user()));
    assertThat(claimed.status()).as(taskKey + " " + claimed).isEqualTo(204);
    RestClient.Response response = client.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables(values)));
    assertThat(response.status()).as(taskKey + " " + response).isEqualTo(204);
  }

  /** The one open task of that key in the instance, waiting for the job executor to reach it. */
  public String awaitTask(RestClient client, String instance, String taskKey) {
    Instant deadline = Instant.now().plus(WAIT);
    while (true) {
      RestClient.Response response = client.get("/engine-rest/task?maxResults=50&processInstanceId=" + instance
          + "&taskDefinitionKey=" + taskKey);
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      JsonNode tasks = response.json();
      if (tasks.size() == 1) {
        return tasks.get(0).get("id").asText();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(taskKey + " did not appear in " + instance + " within " + WAIT + ": " + tasks);
      }
      sleep();
    }
  }

  /** Waits until the request has ended, and answers its history state (COMPLETED, ...). */
  public String awaitEnded(String instance) {
    Instant deadline = Instant.now().plus(WAIT);
    while (true) {
      RestClient.Response history = observer.get("/engine-rest/history/process-instance/" + instance);
      assertThat(history.status()).as(history.toString()).isEqualTo(200);
      String state = history.json().get("state").asText();
      if (!"ACTIVE".equals(state)) {
        return state;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(instance + " did not end within " + WAIT);
      }
      sleep();
    }
  }

  /** Engine REST variables with their types: String, Long (Integer too) or Boolean. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> {
      String type = value instanceof Boolean ? "Boolean" : value instanceof Number ? "Long" : "String";
      variables.put(name, Map.of("value", value, "type", type));
    });
    return variables;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
