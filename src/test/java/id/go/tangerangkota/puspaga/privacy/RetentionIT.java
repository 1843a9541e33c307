package id.go.tangerangkota.puspaga.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.Jobs;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A request walked to the archive with a unique name, e-mail address and phrase in every free text
 * field, then its periods passed (an injected clock): after the request period its data are nowhere
 * in the database but in the archive's PDFs; after the archive period nowhere at all. Searched in
 * every text and binary column of every table, and in the text of every stored PDF.
 */
@DemoApplicationTest
class RetentionIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired SettableClock clock;
  @Autowired PrivacyProperties privacy;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired org.camunda.bpm.engine.HistoryService history;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aRequestsDataAreErasedWhenItsPeriodEndsAndTheArchiveKeepsOnlyItsPapersUntilItsOwn() {
    String mark = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String name = "Ibu Retensi " + mark;
    String phrase = "frasa" + mark;
    String email = "retensi" + mark + "@contoh.id";
    RestClient rina = RestClient.as("rina", port);
    RestClient.Response started = rina.post("/engine-rest/process-definition/key/" + RequestWalk.PROCESS_KEY + "/start",
        Map.of("variables", RequestWalk.variables(Map.of("requesterName", name, "requesterPhone", "0812-0000-1111",
            "requesterEmail", email, "requesterInstitution", phrase + " lembaga", "requesterAddress", phrase + " alamat",
            "topic", "PENGASUHAN", "requestBackground", phrase + " latar", "requestChannel", "DATANG_LANGSUNG",
            "personalDataConsentGiven", "TERTULIS"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    RequestWalk walk = new RequestWalk(rina, RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    for (String step : RequestWalk.STEPS) {
      RestClient lane = switch (step) {
        case "Task_RegisterRequest", "Task_ArchiveProgramReport" -> rina;
        case "Task_ReviewWorkProgram", "Task_CoordinateProgramReport" -> RestClient.as("sari", port);
        default -> RestClient.as("budi", port);
      };
      String task = walk.awaitTask(lane, instance, step);
      // Written by an administrator: commenting needs to read the task's history, which the lanes may not.
      RestClient.Response comment = RestClient.as("sysadmin", port).post("/engine-rest/task/" + task + "/comment/create",
          Map.of("message", phrase + " komentar"));
      assertThat(comment.status()).as(comment.toString()).isEqualTo(200);
      walk.complete(lane, instance, step, typed(walk.valuesOf(step), phrase));
      Jobs.runFor(management, instance);
    }
    Jobs.runFor(management, instance);
    assertThat(where(name, phrase, email)).as("before: everywhere the request's data live")
        .contains("ACT_HI_VARINST.TEXT_", "ACT_HI_COMMENT.MESSAGE_", "ARCHIVE_DOCUMENT.CONTENT");
    Instant ended = jdbc.queryForObject("select ended_at from request_statistics where process_instance_id = ?",
        java.sql.Timestamp.class, instance).toInstant();
    String number = jdbc.queryForObject("select business_key from request_statistics where process_instance_id = ?",
        String.class, instance);

    RestClient sysadmin = RestClient.as("sysadmin", port);
    assertThat(RestClient.as("sari", port).post("/api/privacy/retention/run", Map.of()).status()).isEqualTo(403);
    clock.runFrom(ended.atZone(ZoneId.of("Asia/Jakarta")).plus(privacy.requestRetention()).minusDays(1).toInstant());
    sysadmin.post("/api/privacy/retention/run", Map.of());
    assertThat(where(name, phrase, email)).as("a day before the request's period ends").contains("ACT_HI_VARINST.TEXT_");

    clock.runFrom(ended.atZone(ZoneId.of("Asia/Jakarta")).plus(privacy.requestRetention()).plusDays(1).toInstant());
    RestClient.Response erased = sysadmin.post("/api/privacy/retention/run", Map.of());
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.json().get("requests").asInt()).isPositive();
    assertThat(where(name, phrase, email)).as("after the request's period: only the archive's papers")
        .containsExactly("ARCHIVE_DOCUMENT.CONTENT");
    assertThat(sysadmin.post("/api/privacy/retention/run", Map.of()).json().get("requests").asInt())
        .as("nothing twice").isZero();

    clock.runFrom(ended.atZone(ZoneId.of("Asia/Jakarta")).plus(privacy.archiveRetention()).plusDays(1).toInstant());
    assertThat(sysadmin.post("/api/privacy/retention/run", Map.of()).json().get("archives").asInt()).isPositive();
    assertThat(where(name, phrase, email)).as("after the archive's period: nowhere").isEmpty();

    // What remains: the registration number and the anonymous statistics.
    assertThat(jdbc.queryForObject("select count(*) from step_statistics where process_instance_id = ?", Long.class,
        instance)).isEqualTo(9);
    assertThat(number).startsWith("LI-");
    assertThat(RestClient.as("pantau", port).get("/actuator/prometheus", "text/plain").body())
        .containsPattern("puspaga_privacy_erased_total\\{[^}]*what=\"request\"[^}]*\\} [1-9]");
  }

  @Test
  void theEnginesOwnCleanupRemovesARequestNoEarlierThanTheRequestPeriod() {
    // The tests run with request-retention P6Y, the models say P1825D: the setting decides.
    assertThat(privacy.requestRetentionDays()).isEqualTo(6 * 365 + 2);
    assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getId())
            .isEqualTo(privacy.requestRetentionDays()));
    RestClient rina = RestClient.as("rina", port);
    RequestWalk walk = new RequestWalk(rina, RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    String instance = walk.start("LI-HTTL");
    walk.complete(rina, instance, "Task_RegisterRequest", Map.of("serviceType", "KONSELING",
        "referralReason", "Perlu konseling."));
    Jobs.runFor(management, instance);
    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    Instant end = ended.getEndTime().toInstant();
    assertThat(ended.getRemovalTime()).as("removal time").isNotNull();
    assertThat(ended.getRemovalTime().toInstant())
        .isAfterOrEqualTo(end.atZone(ZoneId.of("Asia/Jakarta")).plus(privacy.requestRetention()).toInstant())
        .isBefore(end.atZone(ZoneId.of("Asia/Jakarta")).plus(privacy.requestRetention()).plusDays(3).toInstant());
  }

  /** The step's values with every free text made the request's own phrase. */
  private static Map<String, Object> typed(Map<String, Object> values, String phrase) {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      if (key.equals("activities")) {
        typed.put(key, ((String) value).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"" + phrase + " kegiatan\""));
      } else if (value instanceof String text && !text.matches("[A-Z_]+|true|false|\\d{4}-\\d{2}-\\d{2}")) {
        typed.put(key, phrase + " " + key);
      } else {
        typed.put(key, value);
      }
    });
    return typed;
  }

  /** Every table.column holding one of the strings: as text, in bytes, or in a stored PDF's text. */
  private List<String> where(String... strings) {
    TreeSet<String> found = new TreeSet<>();
    for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name, data_type"
        + " from information_schema.columns where lower(table_schema) = 'public'")) {
      String table = (String) column.get("table_name");
      String name = (String) column.get("column_name");
      String type = ((String) column.get("data_type")).toLowerCase();
      String quoted = '"' + table + '"' + "." + '"' + name + '"';
      String at = table.toUpperCase() + "." + name.toUpperCase();
      if (type.contains("char") || type.contains("text") || type.contains("clob")) {
        for (String text : strings) {
          if (jdbc.queryForObject("select count(*) from \"" + table + "\" where " + quoted + " like ?", Long.class,
              "%" + text + "%") > 0) {
            found.add(at);
          }
        }
      } else if (type.contains("binary") || type.contains("blob") || type.contains("bytea")) {
        jdbc.query("select " + quoted + " from \"" + table + "\" where " + quoted + " is not null", rs -> {
          byte[] bytes = rs.getBytes(1);
          String raw = new String(bytes, StandardCharsets.UTF_8);
          String text = raw.startsWith("%PDF") ? PdfText.of(bytes) : raw;
          for (String wanted : strings) {
            if (raw.contains(wanted) || text.contains(wanted)) {
              found.add(at);
            }
          }
        });
      }
    }
    return new ArrayList<>(found);
  }
}
