package id.go.tangerangkota.puspaga.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.WebappSession;
import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Follow-up and due dates set the way Tasklist sets them: the whole task read from the webapps'
 * API and sent back with the date changed (its Camunda Form reference included), by a logged-in
 * browser session.
 */
@DemoApplicationTest
class TaskDatesIT {

  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void staffSetAndClearAFollowUpDateExactlyAsTasklistSendsIt() throws Exception {
    String instance = walk().start("LI-TINDAK-LANJUT");
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    WebappSession rina = new WebappSession(port).login("rina", "tasklist");
    ObjectNode shown = taskAsTasklistHasIt(rina, task.getId());
    assertThat(shown.has("camundaFormRef")).as("what Tasklist sends back").isTrue();

    shown.put("followUp", "2026-12-03T08:00:00.000+0700");
    HttpResponse<String> saved = rina.put(path(task.getId()), json.writeValueAsString(shown));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate())
        .isEqualTo(Date.from(java.time.OffsetDateTime.parse("2026-12-03T08:00:00+07:00").toInstant()));

    ObjectNode again = taskAsTasklistHasIt(rina, task.getId());
    again.putNull("followUp");
    assertThat(rina.put(path(task.getId()), json.writeValueAsString(again)).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate()).isNull();
  }

  @Test
  void onlyTheKetuaMovesAnSopDueDateItsTimerFollowsAndHerNameIsRecorded() throws Exception {
    String instance = walk().start("LI-TENGGAT");
    Task register = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    WebappSession rina = new WebappSession(port).login("rina", "tasklist");
    ObjectNode shown = taskAsTasklistHasIt(rina, register.getId());
    shown.put("due", "2027-01-15T16:00:00.000+0700");
    HttpResponse<String> refused = rina.put(path(register.getId()), json.writeValueAsString(shown));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).isEqualTo("Tenggat tugas \"Registrasi dan disposisi"
        + " permohonan\" mengikuti SOP dan hanya dapat diubah oleh Ketua PUSPAGA. Untuk pengingat pribadi, isi tanggal"
        + " tindak lanjut (follow-up date).");
    assertThat(tasks.createTaskQuery().taskId(register.getId()).singleResult().getDueDate()).isEqualTo(register.getDueDate());

    RequestWalk walk = walk();
    walk.register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    walk.mapNeeds(instance);
    walk.step(instance, "Task_SubmitWorkProgram");
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    Task review = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewWorkProgram").singleResult();
    WebappSession sari = new WebappSession(port).login("sari", "tasklist");
    ObjectNode reviewShown = taskAsTasklistHasIt(sari, review.getId());
    reviewShown.put("due", "2027-01-15T16:00:00.000+0700");
    HttpResponse<String> moved = sari.put(path(review.getId()), json.writeValueAsString(reviewShown));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);

    Date newDue = Date.from(java.time.OffsetDateTime.parse("2027-01-15T16:00:00+07:00").toInstant());
    assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getDueDate()).isEqualTo(newDue);
    Job timer = management.createJobQuery().processInstanceId(instance).timers().activityId("BoundaryEvent_ReviewWorkProgramOverdue")
        .singleResult();
    assertThat(timer.getDuedate()).as("the SOP timer follows").isEqualTo(newDue);
    var log = RestClient.as("sysadmin", port).get("/engine-rest/history/user-operation?taskId=" + review.getId()
        + "&property=dueDate").json();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).get("userId").asText()).isEqualTo("sari");
  }

  @Test
  void anAdministratorMovesADueDateButAKonselorAndTheKetuaOnAnotherLanesTaskMayNot() throws Exception {
    String instance = walk().start("LI-TENGGAT-LAJUR");
    walk().register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    Task mapNeeds = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_MapNeeds").singleResult();
    Date sopDue = mapNeeds.getDueDate();

    WebappSession budi = new WebappSession(port).login("budi", "tasklist");
    ObjectNode byBudi = taskAsTasklistHasIt(budi, mapNeeds.getId());
    byBudi.put("due", "2027-02-01T16:00:00.000+0700");
    HttpResponse<String> konselor = budi.put(path(mapNeeds.getId()), json.writeValueAsString(byBudi));
    assertThat(konselor.statusCode()).as(konselor.body()).isEqualTo(400);
    assertThat(json.readTree(konselor.body()).get("message").asText())
        .startsWith("Tenggat tugas \"Petakan kebutuhan masyarakat\" mengikuti SOP dan hanya dapat diubah oleh Ketua PUSPAGA.");

    // The Ketua sends what Tasklist would, for a task of the Psikolog/Konselor lane: not hers to work.
    WebappSession sari = new WebappSession(port).login("sari", "tasklist");
    HttpResponse<String> ketua = sari.put(path(mapNeeds.getId()), json.writeValueAsString(byBudi));
    assertThat(ketua.statusCode()).as(ketua.body()).isEqualTo(KETUA_ON_ANOTHER_LANE);
    assertThat(tasks.createTaskQuery().taskId(mapNeeds.getId()).singleResult().getDueDate()).isEqualTo(sopDue);

    WebappSession sysadmin = new WebappSession(port).login("sysadmin", "tasklist");
    ObjectNode byAdministrator = taskAsTasklistHasIt(sysadmin, mapNeeds.getId());
    byAdministrator.put("due", "2027-02-01T16:00:00.000+0700");
    HttpResponse<String> administrator = sysadmin.put(path(mapNeeds.getId()), json.writeValueAsString(byAdministrator));
    assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(204);
    Date moved = Date.from(java.time.OffsetDateTime.parse("2027-02-01T16:00:00+07:00").toInstant());
    assertThat(tasks.createTaskQuery().taskId(mapNeeds.getId()).singleResult().getDueDate()).isEqualTo(moved);
    assertThat(management.createJobQuery().processInstanceId(instance).timers().activityId("BoundaryEvent_MapNeedsOverdue")
        .singleResult().getDuedate()).as("the SOP timer follows").isEqualTo(moved);
  }

  /** The engine's answer when the Ketua updates a task of another lane: she may not even read it, so there is none. */
  static final int KETUA_ON_ANOTHER_LANE = 404;

  private ObjectNode taskAsTasklistHasIt(WebappSession session, String taskId) throws Exception {
    HttpResponse<String> task = session.get(path(taskId));
    assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
    return (ObjectNode) json.readTree(task.body());
  }

  private static String path(String taskId) {
    return "/camunda/api/engine/engine/default/task/" + taskId;
  }

  private RequestWalk walk() {
    return new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
  }
}
