package id.go.tangerangkota.puspaga.security;

import id.go.tangerangkota.puspaga.system.WebappSession;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each lane sees and works only its own tasks; the Ketua alone monitors; over real HTTP. */
@DemoApplicationTest
class LaneAuthorizationIT {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Test
  void answersEveryEndpointFamilyWithoutLoginWith401() {
    RestClient anonymous = RestClient.anonymous(port);
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/history/process-instance", "/engine-rest/user",
        "/engine-rest/deployment", "/api/calendar/holidays?year=2026"}) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
    WebappSession browser = new WebappSession(port);
    assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isIn(401, 403);
    assertThat(browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode()).isIn(401, 403);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
  }

  @Test
  void keepsAKetuaTaskOutOfReachOfAKonselor() {
    ProcessInstance pi = startAt("Task_ReviewWorkProgram");
    String review = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    RestClient budi = RestClient.as("budi", port);

    assertThat(budi.get("/engine-rest/task?processInstanceId=" + pi.getId()).json()).isEmpty();
    // The engine hides a task one may not read, rather than confirming that it exists.
    assertThat(budi.get("/engine-rest/task/" + review).status()).isEqualTo(404);
    assertThat(budi.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "budi")).status()).isEqualTo(403);
    assertThat(budi.post("/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("workProgramApproved", Map.of("value", true)))).status()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();

    RestClient sari = RestClient.as("sari", port);
    assertThat(sari.get("/engine-rest/task?processInstanceId=" + pi.getId()).json()).hasSize(1);
    assertThat(sari.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "sari")).status()).isEqualTo(204);
  }

  @Test
  void showsEachLaneOnlyItsOwnTasks() {
    ProcessInstance mapping = startAt("Task_MapNeeds");
    assertThat(RestClient.as("budi", port).get("/engine-rest/task?processInstanceId=" + mapping.getId()).json()).hasSize(1);
    assertThat(RestClient.as("dewi", port).get("/engine-rest/task?processInstanceId=" + mapping.getId()).json()).hasSize(1);
    assertThat(RestClient.as("rina", port).get("/engine-rest/task?processInstanceId=" + mapping.getId()).json()).isEmpty();
    assertThat(RestClient.as("sari", port).get("/engine-rest/task?processInstanceId=" + mapping.getId()).json()).isEmpty();
    assertThat(RestClient.as("andi", port).get("/engine-rest/task?processInstanceId=" + mapping.getId()).json()).isEmpty();
  }

  @Test
  void letsOnlyTheKetuaAndAdministratorsIntoCockpitAndOnlyAdministratorsIntoAdmin() {
    assertThat(loginStatus("budi", "cockpit")).isEqualTo(403);
    assertThat(loginStatus("rina", "cockpit")).isEqualTo(403);
    assertThat(loginStatus("sari", "cockpit")).isEqualTo(200);
    assertThat(loginStatus("sysadmin", "cockpit")).isEqualTo(200);
    assertThat(loginStatus("sari", "admin")).isEqualTo(403);
    assertThat(loginStatus("sysadmin", "admin")).isEqualTo(200);
    assertThat(loginStatus("andi", "tasklist")).isEqualTo(403);
    // The buku panduan tells the analyst and the administrator so (analis.md, administrator.md).
    assertThat(loginStatus("andi", "cockpit")).isEqualTo(403);
  }

  @Test
  void letsAnAdministratorHandTheTaskOfSomeoneWhoLeftToAColleague() {
    // docs/panduan/administrator.md, "Petugas yang keluar": the lane's filter in Tasklist, then the assignee.
    ProcessInstance mapping = startAt("Task_MapNeeds");
    String task = tasks.createTaskQuery().processInstanceId(mapping.getId()).singleResult().getId();
    assertThat(RestClient.as("budi", port).post("/engine-rest/task/" + task + "/claim", Map.of("userId", "budi")).status())
        .isEqualTo(204);
    RestClient sysadmin = RestClient.as("sysadmin", port);
    JsonNode filters = sysadmin.get("/engine-rest/filter?name=Tugas%20Psikolog/Konselor").json();
    assertThat(filters).hasSize(1);
    assertThat(sysadmin.get("/engine-rest/filter/" + filters.get(0).get("id").asText() + "/list?maxResults=1000").json())
        .extracting(shown -> shown.get("id").asText() + " " + shown.get("assignee").asText()).contains(task + " budi");
    assertThat(sysadmin.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "dewi")).status()).isEqualTo(204);
    assertThat(RestClient.as("dewi", port).get("/engine-rest/task?assignee=dewi&processInstanceId=" + mapping.getId()).json())
        .hasSize(1);
  }

  @Test
  void letsOnlyTheKetuaReadTheReasonOfACounsellingReferral() {
    RestClient rina = RestClient.as("rina", port);
    JsonNode started = rina.post("/engine-rest/process-definition/key/" + LayananInformasi.PROCESS_KEY + "/start",
        Map.of("variables", strings(request()))).json();
    String instance = started.get("id").asText();
    String register = rina.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();
    assertThat(rina.post("/engine-rest/task/" + register + "/claim", Map.of("userId", "rina")).status()).isEqualTo(204);
    assertThat(rina.post("/engine-rest/task/" + register + "/complete", Map.of("variables",
        strings(Map.of("serviceType", "KONSELING", "referralReason", "Dugaan kekerasan dalam rumah tangga.")))).status())
        .isEqualTo(204);

    String reason = "/engine-rest/history/variable-instance?processInstanceId=" + instance + "&variableName=referralReason";
    assertThat(rina.get(reason).json()).isEmpty();
    assertThat(RestClient.as("budi", port).get(reason).json()).isEmpty();
    assertThat(RestClient.as("andi", port).get(reason).json()).isEmpty();
    assertThat(RestClient.as("sari", port).get(reason).json().get(0).get("value").asText())
        .isEqualTo("Dugaan kekerasan dalam rumah tangga.");
  }

  @Test
  void letsOnlyAdminStartARequest() {
    String start = "/engine-rest/process-definition/key/" + LayananInformasi.PROCESS_KEY + "/start";
    long before = runtime.createProcessInstanceQuery().count();
    for (String user : new String[] {"budi", "sari", "andi"}) {
      RestClient.Response refused = RestClient.as(user, port).post(start, Map.of("variables", strings(request())));
      assertThat(refused.status()).as(user + " " + refused).isIn(403, 404);
    }
    assertThat(runtime.createProcessInstanceQuery().count()).as("no request started").isEqualTo(before);
    assertThat(RestClient.as("rina", port).post(start, Map.of("variables", strings(request()))).status()).isEqualTo(200);
  }

  @Test
  void letsTheAnalystReadDefinitionsAndNothingElse() {
    ProcessInstance running = startAt("Task_MapNeeds");
    RestClient andi = RestClient.as("andi", port);
    assertThat(andi.get("/engine-rest/process-definition?key=" + LayananInformasi.PROCESS_KEY).json()).isNotEmpty();
    assertThat(andi.get("/engine-rest/process-instance?processInstanceIds=" + running.getId()).json()).isEmpty();
    assertThat(andi.get("/engine-rest/task?processInstanceId=" + running.getId()).json()).isEmpty();
    assertThat(andi.get("/engine-rest/history/process-instance?processInstanceId=" + running.getId()).json()).isEmpty();
    assertThat(andi.get("/engine-rest/variable-instance?processInstanceIdIn=" + running.getId()).json()).isEmpty();
  }

  @Test
  void letsTheKetuaReadRunningInstancesAndTheirVariablesAsCockpitDoes() throws Exception {
    ProcessInstance running = startAt("Task_MapNeeds");
    WebappSession cockpit = new WebappSession(port).login("sari", "cockpit");
    assertThat(cockpit.get("/camunda/api/engine/engine/default/process-instance?processInstanceIds=" + running.getId())
        .body()).contains(running.getId());
    assertThat(cockpit.get("/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + running.getId())
        .body()).contains("requesterName");
    WebappSession konselor = new WebappSession(port).login("budi", "tasklist");
    assertThat(konselor.get("/camunda/api/engine/engine/default/process-instance?processInstanceIds=" + running.getId())
        .body()).doesNotContain(running.getId());
  }

  private int loginStatus(String user, String app) {
    try {
      new WebappSession(port).login(user, app);
      return 200;
    } catch (IllegalStateException e) {
      return Integer.parseInt(e.getMessage().replaceAll(".*failed: (\\d+).*", "$1").trim());
    }
  }

  private ProcessInstance startAt(String activityId) {
    Map<String, Object> variables = new HashMap<>(request());
    variables.putAll(Map.of("serviceType", "INFORMASI", "coordinator", "budi", "programTitle", "Program",
        "programObjective", "Tujuan", "programEndDate", "2027-01-29",
        "activities", SpinValues.jsonValue("[{\"title\":\"Kelas\",\"date\":\"2027-01-20\"}]").create()));
    return runtime.createProcessInstanceByKey(LayananInformasi.PROCESS_KEY).setVariables(variables)
        .startBeforeActivity(activityId).execute();
  }

  private static Map<String, Object> request() {
    return Map.of("requesterName", "Ibu Ani", "requesterPhone", "0812-1111-2222", "topic", "PENGASUHAN",
        "requestBackground", "Konsultasi anak.", "requestChannel", "TELEPON", "personalDataConsentGiven", "LISAN");
  }

  private static Map<String, Object> strings(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    return variables;
  }
}
