package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A database written by the Camunda build, opened by the Operaton build (docs/operaton.md), on
 * PostgreSQL (a pg_dump, restored as docs/operations.md says) and on the H2 file. Two runs of the
 * packaged application, each in its own build, so two phases:
 * <ul>
 *   <li>{@code -Dcarry-over.phase=write} (the Camunda build): three requests, one archived, one
 *       halfway (steps 1 to 4 done, waiting at step 5) and one just registered; the database is
 *       then dumped (PostgreSQL) or its file kept (H2), with what it held;</li>
 *   <li>{@code -Dcarry-over.phase=read} (the copy {@code scripts/naar-operaton} made): the
 *       application on that database finishes the two running requests; the history and the
 *       archive written before are unchanged, and the new documents continue the numbering.</li>
 * </ul>
 * {@code -Dcarry-over.dir} is where the first leaves its databases for the second. Without a
 * phase (./mvnw verify) the test does not run: .ci/run runs both.
 */
@EnabledIfSystemProperty(named = "carry-over.phase", matches = "write|read")
class CarryOverToOperatonIT {

  private static final String PASSWORD = "Basis-Data-Puspaga-2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of(System.getProperty("carry-over.dir", "target/carry-over")).toAbsolutePath();
  private static final String SECOND_ADMIN = "admin2";
  private static final String SECOND_ADMIN_PASSWORD = "Admin-Kedua-2026";
  private static final boolean WRITE = "write".equals(System.getProperty("carry-over.phase"));

  /** Both databases, or those {@code -Dcarry-over.databases} names (.ci/run: PostgreSQL, for time). */
  static java.util.stream.Stream<String> databases() {
    return Stream.of(System.getProperty("carry-over.databases", "postgresql,h2").split(",")).map(String::strip);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("databases")
  void requestsStartedOnCamundaFinishOnOperatonWithHistoryAndArchiveUnchanged(String database) throws Exception {
    if (WRITE) {
      write(database);
    } else {
      read(database);
    }
  }

  private void write(String database) throws Exception {
    Path dir = DIR.resolve(database);
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    try (Database db = Database.fresh(database, dir)) {
      Map<String, String> instances = new LinkedHashMap<>();
      try (PackagedApplication app = db.start(dir.resolve("run-camunda"))) {
        assertThat(engineVersion(app)).as("the Camunda build").startsWith("7.");
        RequestWalk walk = walk(app);
        String archived = walk.start("LI-PINDAH-SELESAI");
        walk.walkToTheEnd(archived);
        String halfway = walk.start("LI-PINDAH-SEPARUH");
        walk.register(halfway);
        walk.mapNeeds(halfway);
        walk.planAndApprove(halfway);
        walk.awaitTask(RestClient.as("budi", app.port()), halfway, "Task_CarryOutActivity");
        String registered = walk.start("LI-PINDAH-BARU");
        walk.register(registered);
        walk.awaitTask(RestClient.as("budi", app.port()), registered, "Task_MapNeeds");
        // A second administrator, as an office has: a member of camunda-admin only.
        RestClient sysadmin = RestClient.as("sysadmin", app.port());
        assertThat(sysadmin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", SECOND_ADMIN,
            "firstName", "Admin", "lastName", "Kedua", "email", "admin2@puspaga.test"),
            "credentials", Map.of("password", SECOND_ADMIN_PASSWORD))).status()).isEqualTo(204);
        assertThat(sysadmin.put("/engine-rest/group/camunda-admin/members/" + SECOND_ADMIN, Map.of()).status())
            .isEqualTo(204);
        assertThat(requestsSeenBy(SECOND_ADMIN, app)).as("an administrator sees every request").isEqualTo(3);
        instances.put("archived", archived);
        instances.put("halfway", halfway);
        instances.put("registered", registered);
      }
      ObjectNode written = JSON.createObjectNode();
      written.set("instances", JSON.valueToTree(instances));
      written.set("contents", db.contents());
      db.keep(dir);
      Files.writeString(dir.resolve("written.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(written));
      System.out.printf("[carry-over] %s written by Camunda: %s%n", database, written.get("contents").get("counts"));
    }
  }

  private void read(String database) throws Exception {
    Path dir = DIR.resolve(database);
    JsonNode written = JSON.readTree(dir.resolve("written.json").toFile());
    Map<String, String> instances = JSON.convertValue(written.get("instances"), Map.class);
    try (Database db = Database.from(database, dir)) {
      assertThat(db.contents()).as("the database as the Camunda build left it").isEqualTo(written.get("contents"));
      // Step 5 of the move in docs/operaton.md, before the first start.
      for (String statement : Files.readString(Path.of("scripts/operaton-admins.sql")).replaceAll("(?m)^--.*$", "")
          .split(";")) {
        if (!statement.isBlank()) {
          db.jdbc().update(statement);
        }
      }
      try (PackagedApplication app = db.start(dir.resolve("run-operaton"))) {
        assertThat(engineVersion(app)).as("the Operaton build").startsWith("1.");
        assertThat(requestsSeenBy(SECOND_ADMIN, app)).as("camunda-admin's member, an administrator on Operaton")
            .isEqualTo(3);
        RequestWalk walk = walk(app);
        walk.carryOutAndReport(instances.get("halfway"));
        walk.archive(instances.get("halfway"));
        walk.mapNeeds(instances.get("registered"));
        walk.planAndApprove(instances.get("registered"));
        walk.carryOutAndReport(instances.get("registered"));
        walk.archive(instances.get("registered"));
        for (String instance : instances.values()) {
          assertThat(walk.awaitEnded(instance)).as(instance).isEqualTo("COMPLETED");
        }
        // The archive written by Camunda, served by Operaton: the Tanda Terima's listing.
        String receipt = written.get("contents").get("documents").get(0).get("receipt").asText();
        RestClient.Response listing = RestClient.as("rina", app.port()).get("/api/archive?receipt="
            + java.net.URLEncoder.encode(receipt, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        assertThat(listing.json().get("documents")).as(receipt).hasSize(7);
      }
      JsonNode before = written.get("contents");
      JsonNode after = db.contents();
      assertThat(after.get("counts").get("archive_receipt").asLong()).as("a Tanda Terima for each request").isEqualTo(3);
      String archived = instances.get("archived");
      assertThat(after.get("history").get(archived)).as("the archived request's history")
          .isEqualTo(before.get("history").get(archived));
      List<JsonNode> documentsBefore = list(before.get("documents"));
      List<JsonNode> documentsAfter = list(after.get("documents"));
      assertThat(documentsAfter).as("every document archived before, unchanged").containsAll(documentsBefore);
      assertThat(documentsAfter).as("7 documents for each of the two requests finished on Operaton")
          .hasSize(documentsBefore.size() + 14);
      assertThat(documentsAfter.stream().map(d -> d.get("number").asText()).distinct().count())
          .as("no document number drawn twice").isEqualTo(documentsAfter.size());
      for (String instance : List.of(instances.get("halfway"), instances.get("registered"))) {
        assertThat(after.get("definitions").get(instance)).as("the request stays on the version it started on")
            .isEqualTo(before.get("definitions").get(instance));
        List<JsonNode> stepsBefore = list(before.get("history").get(instance));
        assertThat(list(after.get("history").get(instance)).subList(0, stepsBefore.size()))
            .as("the steps done on Camunda, in its history").isEqualTo(stepsBefore);
      }
      System.out.printf("[carry-over] %s opened by Operaton, two requests finished: %s%n", database, after.get("counts"));
    }
  }

  /** Requests in history the user may read: all for an administrator, none for a user without grants. */
  private static long requestsSeenBy(String user, PackagedApplication app) {
    RestClient.Response count = RestClient.as(user, SECOND_ADMIN_PASSWORD, app.port())
        .get("/engine-rest/history/process-instance/count");
    assertThat(count.status()).as(count.toString()).isEqualTo(200);
    return count.json().get("count").asLong();
  }

  private static String engineVersion(PackagedApplication app) {
    RestClient.Response version = RestClient.as("sysadmin", app.port()).get("/engine-rest/version");
    assertThat(version.status()).as(version.toString()).isEqualTo(200);
    return version.json().get("version").asText();
  }

  private static RequestWalk walk(PackagedApplication app) {
    return new RequestWalk(RestClient.as("rina", app.port()), RestClient.as("budi", app.port()),
        RestClient.as("sari", app.port()), RestClient.as("sysadmin", app.port()));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** The database of one run: PostgreSQL (its own server, a dump between the builds) or an H2 file. */
  private static final class Database implements AutoCloseable {

    private final String kind;
    private final Path h2;
    private final PostgresServer postgres;
    private JdbcTemplate jdbc;

    private Database(String kind, Path h2, PostgresServer postgres) {
      this.kind = kind;
      this.h2 = h2;
      this.postgres = postgres;
    }

    static Database fresh(String kind, Path dir) {
      if ("h2".equals(kind)) {
        return new Database(kind, dir.resolve("data"), null);
      }
      PostgresServer postgres = PostgresServer.start();
      postgres.createDatabase("puspaga", "puspaga", PASSWORD);
      return new Database(kind, null, postgres);
    }

    /** The database the write phase left: the H2 file copied, the dump restored into a new server. */
    static Database from(String kind, Path dir) throws Exception {
      if ("h2".equals(kind)) {
        Path copy = dir.resolve("opened");
        FileSystemUtils.deleteRecursively(copy);
        FileSystemUtils.copyRecursively(dir.resolve("kept"), copy);
        return new Database(kind, copy, null);
      }
      PostgresServer postgres = PostgresServer.start();
      postgres.createDatabase("puspaga", "puspaga", PASSWORD);
      postgres.restore(dir.resolve("puspaga.dump"), "puspaga", "puspaga");
      return new Database(kind, null, postgres);
    }

    PackagedApplication start(Path workDir) throws Exception {
      Files.createDirectories(workDir);
      // H2 in a file admits one process: the test's connection goes before the application opens it.
      closeJdbc();
      PackagedApplication app;
      if (postgres != null) {
        app = PackagedApplication.start(workDir, Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl("puspaga"),
            "SPRING_DATASOURCE_USERNAME", "puspaga", "SPRING_DATASOURCE_PASSWORD", PASSWORD),
            "--spring.profiles.active=demo,postgres");
      } else {
        app = PackagedApplication.start(workDir, Map.of("SPRING_DATASOURCE_URL", h2Url()),
            "--spring.profiles.active=demo");
      }
      try {
        app.awaitHealthy();
      } catch (AssertionError | InterruptedException e) {
        app.close();
        throw e;
      }
      return app;
    }

    /** What the database holds that a move must not change, read with SQL when no application runs on it. */
    JsonNode contents() throws java.io.IOException {
      JdbcTemplate sql = jdbc();
      ObjectNode contents = JSON.createObjectNode();
      ObjectNode counts = contents.putObject("counts");
      for (String table : List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_actinst", "act_hi_varinst",
          "act_ru_execution", "act_ru_task", "act_re_procdef", "archive_receipt", "archive_document", "sop_breach")) {
        counts.put(table, sql.queryForObject("select count(*) from " + table, Long.class));
      }
      ObjectNode history = contents.putObject("history");
      ObjectNode definitions = contents.putObject("definitions");
      for (Map<String, Object> row : sql.queryForList("select id_, proc_def_id_ from act_hi_procinst order by id_")) {
        String instance = (String) row.get("id_");
        definitions.put(instance, (String) row.get("proc_def_id_"));
        var steps = history.putArray(instance);
        sql.queryForList("select task_def_key_, assignee_, delete_reason_ from act_hi_taskinst where proc_inst_id_ = ?"
            + " and end_time_ is not null order by end_time_, task_def_key_", instance).forEach(step -> steps.add(
            step.get("task_def_key_") + " " + step.get("assignee_") + " " + step.get("delete_reason_")));
      }
      var documents = contents.putArray("documents");
      sql.queryForList("select document_number, sha256, receipt_number from archive_document order by document_number")
          .forEach(row -> documents.addObject().put("number", (String) row.get("document_number"))
              .put("sha256", (String) row.get("sha256")).put("receipt", (String) row.get("receipt_number")));
      // As written.json reads back (counts as ints, not longs), so that the two compare equal.
      return JSON.readTree(contents.toString());
    }

    /** Where the read phase finds the database: the dump, or the H2 file as the stopped application left it. */
    void keep(Path dir) throws Exception {
      closeJdbc();
      if (postgres != null) {
        postgres.dump("puspaga", dir.resolve("puspaga.dump"), "puspaga", PASSWORD);
      } else {
        FileSystemUtils.copyRecursively(h2, dir.resolve("kept"));
      }
    }

    JdbcTemplate jdbc() {
      if (jdbc == null) {
        jdbc = postgres != null ? postgres.jdbc("puspaga") : h2Jdbc();
      }
      return jdbc;
    }

    private JdbcTemplate h2Jdbc() {
      try {
        Connection connection = DriverManager.getConnection(h2Url(), "sa", "");
        return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private String h2Url() {
      return "jdbc:h2:file:" + h2.resolve("puspaga") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000";
    }

    private void closeJdbc() {
      if (jdbc != null) {
        ((SingleConnectionDataSource) jdbc.getDataSource()).destroy();
        jdbc = null;
      }
    }

    @Override
    public void close() throws Exception {
      closeJdbc();
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
