package id.go.tangerangkota.puspaga.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What an operator sees over HTTP: health open without details (liveness, readiness with the job
 * executor in it), Prometheus only for the monitoring group, and the SOP's figures as they change.
 */
@DemoApplicationTest
class MonitoringIT {

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HealthEndpointGroups healthGroups;

  @Autowired
  ApplicationContext context;

  @Test
  void healthIsOpenWithoutDetailsAndReadinessCountsTheJobExecutor() {
    RestClient anonymous = RestClient.anonymous(port);
    RestClient.Response health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
    assertThat(anonymous.get("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
    // These tests run without a job executor by configuration (a web-only node), which is ready.
    assertThat(anonymous.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void readinessWeighsTheDatabaseAndTheJobExecutorAndAnswers503WhenDown() {
    // Which checks readiness weighs: JobExecutionHealthIndicatorTest shows the job executor's going
    // down when it stops; CrashRecoveryIT shows the database's when PostgreSQL refuses connections.
    var readiness = healthGroups.get("readiness");
    assertThat(readiness.isMember("db")).isTrue();
    assertThat(readiness.isMember("jobExecution")).isTrue();
    assertThat(readiness.isMember("readinessState")).isTrue();
    assertThat(healthGroups.get("liveness").isMember("jobExecution")).as("a stopped job executor is no reason to restart")
        .isFalse();

    RestClient anonymous = RestClient.anonymous(port);
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      RestClient.Response refusing = anonymous.get("/actuator/health/readiness");
      assertThat(refusing.status()).isEqualTo(503);
      assertThat(refusing.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
      assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  void prometheusNeedsAMemberOfMonitoring() {
    RestClient.Response anonymous = RestClient.anonymous(port).get("/actuator/prometheus");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Masuk dengan akun pemantauan");
    // (A wrong password of a real user would lock it for a while: the engine counts failed logins.)
    assertThat(RestClient.as("tidakada", "salah", port).get("/actuator/prometheus").status()).isEqualTo(401);
    RestClient.Response staff = RestClient.as("sari", port).get("/actuator/prometheus");
    assertThat(staff.status()).isEqualTo(403);
    assertThat(staff.body()).contains("bukan anggota grup monitoring");
    assertThat(RestClient.as("sysadmin", port).get("/actuator").status()).isEqualTo(403);
    assertThat(RestClient.anonymous(port).get("/actuator").status()).isEqualTo(401);
    // Micrometer's own as docs/operations.md promises them: JVM memory, GC and threads, HikariCP, Tomcat, process CPU, uptime.
    assertThat(scrape()).contains("# TYPE puspaga_breaches_total counter", "jvm_memory_used_bytes",
        "jvm_gc_memory_allocated_bytes_total", "jvm_threads_live_threads", "hikaricp_connections_active",
        "tomcat_sessions_active_current_sessions", "process_cpu_usage", "process_uptime_seconds");
  }

  @Test
  void showsOpenTasksBreachesDocumentsAndMailsAsTheyChange() {
    RestClient rina = RestClient.as("rina", port);
    RequestWalk walk = new RequestWalk(rina, RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    String before = scrape();

    String registered = walk.start("LI-METRIK-1");
    String late = walk.start("LI-METRIK-2");
    // One step-1 task past its due date, one incident.
    Task lateTask = tasks.createTaskQuery().processInstanceId(late).singleResult();
    tasks.setDueDate(lateTask.getId(), java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));
    Incident incident = runtime.createIncident("puspagaUji", lateTask.getExecutionId(), "uji-metrik", "Insiden uji metrik");
    walk.register(registered);
    management.createJobQuery().processInstanceId(registered).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
    List<Job> timer = management.createJobQuery().processInstanceId(registered).timers().list();
    assertThat(timer).hasSize(1);
    management.executeJob(timer.get(0).getId());
    String after = scrape();
    System.out.println("[monitoring] SOP series after the seeding:\n" + after.lines()
        .filter(l -> l.startsWith("puspaga_") && !l.endsWith(" 0.0")).collect(java.util.stream.Collectors.joining("\n")));

    assertThat(delta(before, after, "puspaga_tasks_open{lane=\"administrasi\",office=\"3671\",step=\"1\"}")).isEqualTo(1);
    assertThat(delta(before, after, "puspaga_tasks_open{lane=\"konselor\",office=\"3671\",step=\"2\"}")).isEqualTo(1);
    assertThat(delta(before, after, "puspaga_breaches_total{office=\"3671\",step=\"2\"}")).isEqualTo(1);
    assertThat(delta(before, after, "puspaga_documents_generated_total{office=\"3671\",type=\"LEMBAR_DISPOSISI\"}")).isEqualTo(1);
    // The breach mail and the "new task" mail to konselor (the tests' task-available-groups), not sent here.
    assertThat(delta(before, after, "puspaga_mail_outbox{status=\"PENDING\"}")).isEqualTo(2);
    assertThat(delta(before, after, "puspaga_tasks_overdue{office=\"3671\",step=\"1\"}")).isEqualTo(1);
    assertThat(delta(before, after, "puspaga_incidents_open")).isEqualTo(1);
    assertThat(delta(before, after, "puspaga_documents_failed_total{type=\"LEMBAR_DISPOSISI\"}")).as("the disposition sheet made")
        .isZero();
    assertThat(value(after, "puspaga_schedule_rounds_total{outcome=\"done\",round=\"year-counters\"}"))
        .as("the number counters prepared at start").isPositive();
    runtime.resolveIncident(incident.getId());
    assertThat(delta(after, scrape(), "puspaga_incidents_open")).isEqualTo(-1);
    assertThat(after).contains("camunda_jobs_executable ").contains("camunda_job_successful_total{source=\"engine\"}");
  }

  private String scrape() {
    RestClient.Response scrape = RestClient.as("pantau", port).get("/actuator/prometheus", "text/plain");
    assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
    return scrape.body();
  }

  private static double delta(String before, String after, String series) {
    return value(after, series) - value(before, series);
  }

  private static double value(String scrape, String series) {
    Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
    assertThat(matcher.find()).as(series + " in\n" + scrape.lines().filter(l -> l.startsWith("puspaga")).toList()).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
