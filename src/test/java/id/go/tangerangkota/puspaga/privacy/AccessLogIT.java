package id.go.tangerangkota.puspaga.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.WebappSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read of a request's data outside working one's own task leaves an entry in the access log
 * (who, when, which request, what): Cockpit's variable and history views, the REST API, the
 * compliance lists, the log itself; working the task does not. Only the data protection officer,
 * the Ketua and administrators read the log.
 */
@DemoApplicationTest
class AccessLogIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readsOfARequestOutsideOnesOwnTaskAreLoggedAndTheOfficerReadsTheLog() throws Exception {
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port),
        RestClient.as("sari", port), RestClient.as("sysadmin", port));
    String instance = walk.start("LI-AKSES");
    String number = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();

    // Admin works her own task: the task's variables, its form. Not a read to record.
    RestClient rina = RestClient.as("rina", port);
    String task = rina.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();
    assertThat(rina.get("/engine-rest/task/" + task + "/variables").status()).isEqualTo(200);
    assertThat(rina.get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(200);
    assertThat(entries(instance)).as("working one's own task").isEmpty();

    // The Ketua in Cockpit: the instance's variables and their history, through the webapp's own API.
    WebappSession cockpit = new WebappSession(port).login("sari", "cockpit");
    HttpResponse<String> variables = cockpit.post("/camunda/api/engine/engine/default/variable-instance?deserializeValues=false",
        "{\"processInstanceIdIn\":[\"" + instance + "\"]}");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
    HttpResponse<String> historic = cockpit.post("/camunda/api/engine/engine/default/history/variable-instance",
        "{\"processInstanceIdIn\":[\"" + instance + "\"]}");
    assertThat(historic.statusCode()).as(historic.body()).isEqualTo(200);
    assertThat(entries(instance)).containsExactlyInAnyOrder("sari VARIABLES", "sari VARIABLE_HISTORY");

    // The REST API: the instance's variables, the form history; the compliance list that names it.
    RestClient sysadmin = RestClient.as("sysadmin", port);
    assertThat(sysadmin.get("/engine-rest/process-instance/" + instance + "/variables").status()).isEqualTo(200);
    assertThat(sysadmin.get("/engine-rest/history/detail?processInstanceId=" + instance).status()).isEqualTo(200);
    assertThat(RestClient.as("sari", port).get("/api/compliance/instances?figure=open&step=1").status()).isEqualTo(200);
    assertThat(entries(instance)).contains("sysadmin VARIABLES", "sysadmin FORM_HISTORY", "sari COMPLIANCE_LIST");

    // The officer reads it per request and per person; reading it is recorded too.
    RestClient putri = RestClient.as("putri", port);
    RestClient.Response log = putri.get("/api/privacy/access-log?registrationNumber=" + number);
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<String> read = new ArrayList<>();
    for (JsonNode entry : log.json()) {
      assertThat(entry.get("registrationNumber").asText()).isEqualTo(number);
      read.add(entry.get("user").asText() + " " + entry.get("whatText").asText());
    }
    assertThat(read).contains("sari Data permohonan (variabel proses)", "sari Riwayat data permohonan",
        "sysadmin Riwayat isian formulir", "sari Daftar permohonan Kepatuhan SOP").noneMatch(e -> e.startsWith("rina"));
    assertThat(entries(instance)).contains("putri ACCESS_LOG");
    RestClient.Response bySari = putri.get("/api/privacy/access-log?user=sari");
    assertThat(bySari.json().findValuesAsText("registrationNumber")).contains(number);
    assertThat(RestClient.as("sari", port).get("/api/privacy/access-log?registrationNumber=" + number).status())
        .isEqualTo(200);

    assertThat(RestClient.as("budi", port).get("/api/privacy/access-log?registrationNumber=" + number).status())
        .as("a counsellor cannot read the log").isEqualTo(403);
    assertThat(RestClient.anonymous(port).get("/api/privacy/access-log?user=sari").status()).isEqualTo(401);
    assertThat(putri.get("/api/privacy/access-log").status()).isEqualTo(400);
    // The officer reads the log, not the requests.
    // The officer works the rights and incident tasks, never a request's own.
    assertThat(putri.get("/engine-rest/task?processDefinitionKey=" + RequestWalk.PROCESS_KEY).json()).isEmpty();
    assertThat(putri.get("/engine-rest/process-instance?processDefinitionKey=" + RequestWalk.PROCESS_KEY).json()).isEmpty();
    assertThat(putri.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance).json()).isEmpty();
    assertThat(putri.get("/api/privacy/access-log?registrationNumber=LI-1999-9999").status()).isEqualTo(404);
  }

  private List<String> entries(String instance) {
    return jdbc.query("select user_id, what from access_log where process_instance_id = ?",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2), instance);
  }

}
