package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty requests registered at the same moment, and later twenty archive steps at the same
 * moment, on a fresh database: the packaged jar with its job executor on, as `./mvnw
 * spring-boot:run` runs it (H2 file database) in the build's first run, on PostgreSQL in the
 * second. Every document job must succeed at its first attempt: the first number of each
 * document type in a year is drawn by all of them at once.
 */
class ConcurrentDocumentsIT {

  private static final int REQUESTS = 20;

  static PostgresServer postgres;
  static PackagedApplication app;

  @BeforeAll
  static void startOnAFreshDatabase(@TempDir Path workDir) throws Exception {
    if ("postgres".equals(System.getProperty("puspaga.it.database"))) {
      postgres = PostgresServer.start();
      postgres.createDatabase("puspaga", "puspaga", "Basis-Data-Puspaga-2026");
      app = PackagedApplication.start(workDir, Map.of(
              "SPRING_DATASOURCE_URL", postgres.jdbcUrl("puspaga"),
              "SPRING_DATASOURCE_USERNAME", "puspaga",
              "SPRING_DATASOURCE_PASSWORD", "Basis-Data-Puspaga-2026"),
          "--spring.profiles.active=demo,postgres");
    } else {
      // The README's default: demo profile, H2 file database under ./data/ of the working directory.
      app = PackagedApplication.start(workDir, Map.of());
    }
    app.awaitHealthy();
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable closeable : new AutoCloseable[] {app, postgres}) {
      if (closeable != null) {
        closeable.close();
      }
    }
  }

  /** Step 1's completed tasks this month, as the Ketua's Kepatuhan SOP counts them from the monthly totals. */
  private static long registrationsCounted() {
    RestClient.Response figures = RestClient.as("sari", app.port()).get("/api/compliance");
    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    return figures.json().get("steps").get(0).get("completed").asLong();
  }

  @Test
  void twentyRegistrationsAndTwentyArchiveStepsAtOnceNeedNoRetry() throws Exception {
    RequestWalk walk = new RequestWalk(RestClient.as("rina", app.port()), RestClient.as("budi", app.port()),
        RestClient.as("sari", app.port()), sysadmin());
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      instances.add(walk.start("LI-BEBAN-" + i));
    }
    List<String> registrations = new ArrayList<>();
    for (String instance : instances) {
      registrations.add(walk.awaitTask(RestClient.as("rina", app.port()), instance, "Task_RegisterRequest"));
    }
    long registeredBefore = registrationsCounted();
    Concurrently.atOnce(registrations, task -> {
      walk.completeAs(RestClient.as("rina", app.port()), task, "Task_RegisterRequest");
      return null;
    });
    for (String instance : instances) {
      walk.awaitTask(RestClient.as("budi", app.port()), instance, "Task_MapNeeds");
    }
    assertThat(registrationsCounted() - registeredBefore).as("each registration in the month's totals, none lost")
        .isEqualTo(REQUESTS);
    assertNoFailedJobAndNoIncident("after 20 registrations at once");
    List<String> registered = GaplessNumbers.allListed(sysadmin());
    assertThat(registered).hasSize(REQUESTS);
    GaplessNumbers.assertGapless(registered);

    Concurrently.inParallel(instances, instance -> {
      walk.mapNeeds(instance);
      walk.planAndApprove(instance);
      walk.carryOutAndReport(instance);
      return null;
    });
    List<String> archiveTasks = new ArrayList<>();
    for (String instance : instances) {
      archiveTasks.add(walk.awaitTask(RestClient.as("rina", app.port()), instance, "Task_ArchiveProgramReport"));
    }
    Concurrently.atOnce(archiveTasks, task -> {
      walk.completeAs(RestClient.as("rina", app.port()), task, "Task_ArchiveProgramReport");
      return null;
    });
    for (String instance : instances) {
      assertThat(walk.awaitEnded(instance)).isEqualTo("COMPLETED");
    }
    assertNoFailedJobAndNoIncident("after 20 archive steps at once");
    List<String> numbers = GaplessNumbers.allListed(sysadmin());
    assertThat(numbers).hasSize(REQUESTS * 7);
    GaplessNumbers.assertGapless(numbers);
    assertThat(numbers.stream().filter(n -> n.contains("/TT/"))).hasSize(REQUESTS);
    System.out.printf("[load] %d requests on %s: %d documents, %d distinct numbers, no failed job, no incident%n",
        REQUESTS, postgres == null ? "H2" : "PostgreSQL", numbers.size(), numbers.stream().distinct().count());
  }

  private static void assertNoFailedJobAndNoIncident(String when) {
    RestClient admin = sysadmin();
    RestClient.Response failures = admin.get("/engine-rest/history/job-log?failureLog=true&maxResults=5");
    assertThat(failures.json()).as(when + ": failed job attempts " + failures).isEmpty();
    assertThat(admin.get("/engine-rest/incident/count").json().get("count").asLong()).as(when + ": incidents").isZero();
  }

  private static RestClient sysadmin() {
    return RestClient.as("sysadmin", app.port());
  }
}
