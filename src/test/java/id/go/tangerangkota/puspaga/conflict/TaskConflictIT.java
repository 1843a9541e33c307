package id.go.tangerangkota.puspaga.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.WebappSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A task completed by someone else first: the late submitter is told so, and nothing of theirs is stored. */
@DemoApplicationTest
class TaskConflictIT {

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  @Autowired
  TaskService tasks;

  String instance;
  String mapNeeds;

  @BeforeEach
  void budiMapsTheNeedsFirst() {
    RestClient budi = RestClient.as("budi", port);
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), budi, RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    instance = walk.start("LI-KONFLIK");
    walk.register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    mapNeeds = walk.awaitTask(budi, instance, "Task_MapNeeds");
    walk.mapNeeds(instance);
  }

  @Test
  void aLateCompletionOverRestGets409SayingWhoFinishedItAndStoresNothing() {
    RestClient.Response late = RestClient.as("dewi", port).post("/engine-rest/task/" + mapNeeds + "/complete",
        Map.of("variables", RequestWalk.variables(Map.of("needsMap", "Isian Dewi yang terlambat."))));

    assertThat(late.status()).as(late.toString()).isEqualTo(409);
    assertThat(late.json().get("message").asText()).contains("sudah diselesaikan oleh budi", "tidak disimpan");
    assertThat(tasks.createTaskQuery().processInstanceId(instance).list()).singleElement()
        .satisfies(next -> {
          assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_SubmitWorkProgram");
          assertThat(next.getAssignee()).isEqualTo("budi");
        });
    assertThat(RestClient.as("sysadmin", port).get("/engine-rest/process-instance/" + instance + "/variables/needsMap")
        .json().get("value").asText()).isEqualTo("Penyuluhan pengasuhan untuk orang tua RW 05.");
  }

  @Test
  void aLateSubmissionInTasklistGets409WithTheMessageInIndonesian() throws Exception {
    WebappSession dewi = new WebappSession(port).login("dewi", "tasklist");
    HttpResponse<String> late = dewi.post("/camunda/api/engine/engine/default/task/" + mapNeeds + "/submit-form",
        "{\"variables\":{\"needsMap\":{\"value\":\"Isian Dewi\",\"type\":\"String\"}}}");

    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(new ObjectMapper().readTree(late.body()).get("message").asText()).contains("sudah diselesaikan oleh budi");
  }

  @Test
  void namesWhoCompletedTheTaskNotWhoHadClaimedIt() {
    RestClient budi = RestClient.as("budi", port);
    RestClient dewi = RestClient.as("dewi", port);
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), budi, RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    String other = walk.start("LI-KONFLIK-2");
    walk.register(other);
    management.createJobQuery().processInstanceId(other).messages().list().forEach(job -> management.executeJob(job.getId()));
    String task = walk.awaitTask(dewi, other, "Task_MapNeeds");
    assertThat(dewi.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "dewi")).status()).isEqualTo(204);
    // Anyone in the lane may complete a claimed task; budi does, while dewi is still typing.
    assertThat(budi.post("/engine-rest/task/" + task + "/complete", Map.of("variables",
        RequestWalk.variables(Map.of("needsMap", "Isian Budi."))))).extracting(RestClient.Response::status).isEqualTo(204);

    RestClient.Response late = dewi.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables",
        RequestWalk.variables(Map.of("needsMap", "Isian Dewi."))));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("message").asText()).contains("sudah diselesaikan oleh budi");
  }

  @Test
  void aTaskThatNeverExistedGets404() {
    RestClient.Response unknown = RestClient.as("dewi", port).post("/engine-rest/task/tidak-ada/complete", Map.of());

    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).contains("tidak ditemukan");
  }
}
