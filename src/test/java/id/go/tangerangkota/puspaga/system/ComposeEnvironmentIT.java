package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The packaged jar started with exactly the environment docker-compose.yml gives the app service
 * (interpolated from a filled-in .env), pointed at a real PostgreSQL: the only change is the
 * database host, {@code postgres:5432} in Compose's network, a local port here.
 */
class ComposeEnvironmentIT {

  private static final Map<String, String> DOT_ENV = Map.of(
      "POSTGRES_PASSWORD", "Basis-Data-Puspaga-2026",
      "PUSPAGA_SYSADMIN_ID", "kepalatu",
      "PUSPAGA_SYSADMIN_PASSWORD", "Rahasia-Kantor-2026!");
  private static final String STAFF_PASSWORD = "Layanan-Informasi-2026!";

  static PostgresServer postgres;
  static PackagedApplication app;
  static Map<String, String> environment;

  @BeforeAll
  static void startTheStack(@TempDir Path workDir) throws Exception {
    ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));
    environment = new java.util.HashMap<>(compose.environment("app", DOT_ENV));
    postgres = PostgresServer.start();
    // What the postgres image does on its first start with POSTGRES_DB, _USER and _PASSWORD.
    Map<String, String> database = compose.environment("postgres", DOT_ENV);
    postgres.createDatabase(database.get("POSTGRES_DB"), database.get("POSTGRES_USER"), database.get("POSTGRES_PASSWORD"));
    String composeUrl = environment.get("SPRING_DATASOURCE_URL");
    assertThat(composeUrl).startsWith("jdbc:postgresql://postgres:5432/");
    environment.put("SPRING_DATASOURCE_URL", composeUrl.replace("//postgres:5432/", "//localhost:" + postgres.port() + "/"));
    app = PackagedApplication.start(workDir, environment);
    app.awaitHealthy();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void passesTheComposeHealthcheckOfTheAppService() throws Exception {
    String check = String.join(" ", ComposeFile.read(Path.of("docker-compose.yml")).healthcheck("app"))
        .replaceFirst("^CMD-SHELL ", "").replace("localhost:8080", "localhost:" + app.port());
    Process process = new ProcessBuilder("sh", "-c", check).redirectErrorStream(true).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(check).isZero();
  }

  @Test
  void runsWithTheProductionProfilesOnPostgresWithOurTablesBesideTheEngines() {
    assertThat(app.output()).contains("The following 2 profiles are active: \"postgres\", \"prod\"")
        .doesNotContain("Demo users ready");
    JdbcTemplate jdbc = postgres.jdbc("puspaga");
    List<String> tables = jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'public'", String.class);
    assertThat(tables).contains("act_ru_task", "act_ge_property", "sop_breach", "archive_receipt", "flyway_schema_history");
    assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'archive_receipt'", String.class))
        .isEqualTo("puspaga");
  }

  @Test
  void walksARequestThroughAllNineStepsWithStaffTheAdministratorCreated() {
    RestClient sysadmin = RestClient.as("kepalatu", "Rahasia-Kantor-2026!", app.port());
    Map.of("tika", "administrasi", "yoga", "konselor", "ratna", "ketua").forEach((user, group) -> {
      RestClient.Response created = sysadmin.post("/engine-rest/user/create", Map.of(
          "profile", Map.of("id", user, "firstName", user, "lastName", "PUSPAGA", "email", user + "@puspaga.example"),
          "credentials", Map.of("password", STAFF_PASSWORD)));
      assertThat(created.status()).as(created.toString()).isEqualTo(204);
      assertThat(sysadmin.put("/engine-rest/group/" + group + "/members/" + user, Map.of()).status()).isEqualTo(204);
      // And to the office (the first office, made at the first start): without it she sees no request.
      assertThat(sysadmin.put("/engine-rest/tenant/3671/user-members/" + user, Map.of()).status()).isEqualTo(204);
    });
    RequestWalk walk = new RequestWalk(RestClient.as("tika", STAFF_PASSWORD, app.port()),
        RestClient.as("yoga", STAFF_PASSWORD, app.port()), RestClient.as("ratna", STAFF_PASSWORD, app.port()), sysadmin);

    String instance = walk.start("LI-COMPOSE-1");
    walk.walkToTheEnd(instance);

    JdbcTemplate jdbc = postgres.jdbc("puspaga");
    assertThat(jdbc.queryForList("select document_type from archive_document d join archive_receipt r"
        + " on r.receipt_number = d.receipt_number where r.process_instance_id = ?", String.class, instance))
        .containsExactlyInAnyOrder("LEMBAR_DISPOSISI", "FORMULIR_PROGRAM_KERJA", "SURAT_TUGAS", "LAPORAN_KEGIATAN", "LAPORAN_PROGRAM",
            "SURAT_PEMBERIAN_LAPORAN", "TANDA_TERIMA");
    JsonNode ended = sysadmin.get("/engine-rest/history/process-instance/" + instance).json();
    assertThat(ended.get("state").asText()).isEqualTo("COMPLETED");
  }
}
