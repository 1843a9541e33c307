package id.go.tangerangkota.puspaga.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.notification.DeadlineReminders;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.ModelerDeployment;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.SettableClock;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst changes step 2's limit in Modeler and deploys, exactly as Modeler sends it: on the
 * timer only, which is refused; on the timer and the due date, which every deadline then follows.
 */
@DemoApplicationTest
class StepLimitDeploymentIT {

  static final String TIMER_OF_STEP_2 = SopLimitRulesTest.TIMER_OF_STEP_2;
  static final String DUE_OF_STEP_2 = SopLimitRulesTest.DUE_OF_STEP_2;
  /** Monday 7 December 2026, 09:00 WIB: five working days later is Monday the 14th, seven Wednesday the 16th. */
  static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.parse("2026-12-07T09:00:00+07:00[Asia/Jakarta]");

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired SettableClock clock;
  @Autowired DeadlineReminders reminders;

  @AfterEach
  void theModelOfProcessesIsLatestAgain() throws Exception {
    clock.reset();
    HttpResponse<String> restored = ModelerDeployment.deploy(port, "andi", SopLimitRulesTest.source());
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
  }

  @Test
  void aStep2TimerOf5WorkingDaysAgainstADueDateOf7IsRefusedWith400NamingTheTaskAndBothValues() throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    String timerOnly = SopLimitRulesTest.source().replace(TIMER_OF_STEP_2, TIMER_OF_STEP_2.replace("(7)", "(5)"));

    HttpResponse<String> response = ModelerDeployment.deploy(port, "andi", timerOnly);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("message").asText())
        .contains("Model ditolak, tidak ada yang di-deploy",
            "Tugas Task_MapNeeds \"Petakan kebutuhan masyarakat\" (langkah SOP 2) memiliki batas waktu 7 hari kerja pada"
                + " Due date (${sopDeadline.workingDays(7)}) tetapi 5 hari kerja pada timer BoundaryEvent_MapNeedsOverdue"
                + " (${sopDeadline.workingDays(5)})");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void step2ChangedTo5WorkingDaysOnBothGivesNewRequests5ForDueDateTimerReminderBreachAndFigures() throws Exception {
    String consistent = SopLimitRulesTest.source().replace(TIMER_OF_STEP_2, TIMER_OF_STEP_2.replace("(7)", "(5)"))
        .replace(DUE_OF_STEP_2, DUE_OF_STEP_2.replace("(7)", "(5)"));
    HttpResponse<String> deployed = ModelerDeployment.deploy(port, "andi", consistent);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

    clock.set(MONDAY_MORNING.toInstant());
    RestClient budi = RestClient.as("budi", port);
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), budi, RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    String instance = walk.start("diabaikan");
    walk.register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
    Task mapNeeds = tasks.createTaskQuery().taskId(walk.awaitTask(budi, instance, "Task_MapNeeds")).singleResult();
    Date fiveWorkingDays = Date.from(ZonedDateTime.parse("2026-12-14T16:00:00+07:00[Asia/Jakarta]").toInstant());

    assertThat(mapNeeds.getDueDate()).as("due date").isEqualTo(fiveWorkingDays);
    assertThat(tasks.getVariableLocal(mapNeeds.getId(), "sopLimitText")).as("what the form prints")
        .isEqualTo("SOP langkah 2, 5 hari kerja");
    List<Job> timers = management.createJobQuery().processInstanceId(instance).timers()
        .activityId("BoundaryEvent_MapNeedsOverdue").list();
    assertThat(timers).singleElement().extracting(Job::getDuedate).as("timer").isEqualTo(fiveWorkingDays);

    JsonNode step2 = stepTwo(RestClient.as("sari", port).get("/api/compliance").json());
    assertThat(step2.get("limit").asText()).as("the Ketua's figures").isEqualTo("5 hari kerja");
    assertThat(step2.get("limitAmount").asInt()).isEqualTo(5);

    // The reminder comes one working day before: Friday the 11th at closing time.
    clock.set(ZonedDateTime.parse("2026-12-11T15:59:00+07:00[Asia/Jakarta]").toInstant());
    reminders.remindDue();
    assertThat(reminderWritten(mapNeeds)).as("no reminder before Friday 16:00").isFalse();
    clock.set(ZonedDateTime.parse("2026-12-11T16:01:00+07:00[Asia/Jakarta]").toInstant());
    reminders.remindDue();
    assertThat(reminderWritten(mapNeeds)).as("reminder on Friday 16:00").isTrue();

    management.executeJob(timers.get(0).getId());
    assertThat(jdbc.queryForObject("select deadline from sop_breach where process_instance_id = ? and sop_step = 2",
        java.sql.Timestamp.class, instance).toInstant()).as("breach").isEqualTo(fiveWorkingDays.toInstant());
  }

  @Test
  void thePublicPagesNameStep1sLimitAsTheDeployedModelStatesIt() throws Exception {
    String step1Timer = "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${sopDeadline.workingDays(1)}</bpmn:timeDate>";
    String step1Due = "camunda:dueDate=\"${sopDeadline.workingDays(1)}\" camunda:formRef=\"Form_RegisterRequest\"";
    String source = SopLimitRulesTest.source();
    assertThat(source).contains(step1Timer, step1Due);
    assertThat(RestClient.anonymous(port).get("/permohonan").body()).contains("paling lambat 1 hari kerja.");

    HttpResponse<String> deployed = ModelerDeployment.deploy(port, "andi",
        source.replace(step1Due, step1Due.replace("(1)", "(2)")).replaceFirst(java.util.regex.Pattern.quote(step1Timer),
            java.util.regex.Matcher.quoteReplacement(step1Timer.replace("(1)", "(2)"))));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

    assertThat(RestClient.anonymous(port).get("/permohonan").body()).contains("paling lambat 2 hari kerja.");
  }

  private boolean reminderWritten(Task task) {
    return jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
        "reminder:" + task.getId() + "%") > 0;
  }

  private static JsonNode stepTwo(JsonNode report) {
    for (JsonNode step : report.get("steps")) {
      if (step.get("step").asInt() == 2) {
        return step;
      }
    }
    throw new AssertionError("no step 2 in " + report);
  }
}
