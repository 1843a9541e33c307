package id.go.tangerangkota.puspaga.nasional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.TestOffices;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.go.tangerangkota.puspaga.compliance.StepTotalsBackfill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national and provincial view over the anonymous statistics of a month no other test uses
 * (March 2033): a third office in another province (Kota Denpasar, Bali, 5171) with statistics
 * whose figures are worked out by hand below, the demo's two Banten offices with none. The
 * ministry's monitor sees every office, Banten's only Banten's, the Ketua none.
 */
@DemoApplicationTest
class NationalViewIT {

  private static final String MARCH = "2033-03";
  private static final String DENPASAR = "5171";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired StepTotalsBackfill backfill;

  @Test
  void eachMonitorSeesHerOfficesFiguresAsTheStatisticsCountThemAndNothingOfARequest() {
    onboardDenpasar();
    // Three requests in March 2033: two ended, one still open; one breach of step 1.
    request("nv-1", "2033-03-01T09:00", "2033-03-10T11:00");
    request("nv-2", "2033-03-02T09:00", "2033-03-15T11:00");
    request("nv-3", "2033-03-03T09:00", null);
    // Step 1 (1 hari kerja): 1, 2 and 1 working days taken; step 2 (7 hari kerja): 7, within.
    step("nv-1", "Task_RegisterRequest", "2033-03-01T09:00", "2033-03-01T15:00");
    step("nv-2", "Task_RegisterRequest", "2033-03-02T09:00", "2033-03-04T10:00");
    step("nv-3", "Task_RegisterRequest", "2033-03-03T09:00", "2033-03-03T10:00");
    step("nv-1", "Task_MapNeeds", "2033-03-01T10:00", "2033-03-10T10:00");
    backfill.fill();
    jdbc.update("delete from sop_breach where id = 'nv-breach'");
    jdbc.update("insert into sop_breach (id, process_instance_id, sop_step, activity_id, deadline, fired_at) values"
        + " ('nv-breach', 'nv-2', 1, 'Task_RegisterRequest', ?, ?)", wib("2033-03-03T16:00"), wib("2033-03-03T16:00"));

    // Two survey answers for the month: every element 3, and every element 4 but U9 at 1. NRR U1..U8 3.5, U9 2:
    // IKM = (3.5 * 8 + 2) / 9 * 25 = 83,33, category B (76,61 to 88,30).
    jdbc.update("delete from survey_answer where id in ('nv-a1', 'nv-a2')");
    jdbc.update("insert into survey_answer (id, service_month, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9, office_id)"
        + " values ('nv-a1', ?, ?, 3, 3, 3, 3, 3, 3, 3, 3, 3, ?)", MARCH, java.sql.Date.valueOf("2033-03-20"), DENPASAR);
    jdbc.update("insert into survey_answer (id, service_month, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9, office_id)"
        + " values ('nv-a2', ?, ?, 4, 4, 4, 4, 4, 4, 4, 4, 1, ?)", MARCH, java.sql.Date.valueOf("2033-03-21"), DENPASAR);

    RestClient nadia = RestClient.as("nadia", port);
    RestClient.Response national = nadia.get("/api/nasional?period=" + MARCH);
    assertThat(national.status()).as(national.toString()).isEqualTo(200);
    assertThat(national.json().get("period").get("label").asText()).isEqualTo("Maret 2033");
    Map<String, JsonNode> rows = rows(national.json());
    assertThat(rows.keySet()).contains("3671", "3674", DENPASAR);
    JsonNode denpasar = rows.get(DENPASAR);
    assertThat(denpasar.get("received").asLong()).isEqualTo(3);
    assertThat(denpasar.get("ended").asLong()).isEqualTo(2);
    assertThat(denpasar.get("open").asLong()).isEqualTo(1);
    assertThat(denpasar.get("breaches").asLong()).isEqualTo(1);
    assertThat(denpasar.get("completed").asLong()).isEqualTo(4);
    assertThat(denpasar.get("completedWithinLimit").asLong()).isEqualTo(3);
    assertThat(denpasar.get("onTimePercent").asInt()).isEqualTo(75);
    assertThat(denpasar.get("rank").asInt()).as("the only office that completed a step in March 2033").isEqualTo(1);
    assertThat(denpasar.get("province").asText()).isEqualTo("51");
    assertThat(denpasar.get("ikm").asText()).isEqualTo("83,33");
    assertThat(denpasar.get("ikmCategory").asText()).isEqualTo("B");
    for (String banten : List.of("3671", "3674")) {
      JsonNode row = rows.get(banten);
      assertThat(row.get("received").asLong()).isEqualTo(count("select count(*) from request_statistics where office_id = ?"
          + " and received_at >= ? and received_at < ?", banten, wib("2033-03-01T00:00"), wib("2033-04-01T00:00")));
      assertThat(row.get("open").asLong()).isEqualTo(count("select count(*) from request_statistics where office_id = ?"
          + " and ended_at is null", banten));
      assertThat(row.get("rank").isNull()).isTrue();
    }
    assertThat(national.body()).as("no request, number or name").doesNotContain("nv-1", "LI-", "assignee");

    JsonNode steps = nadia.get("/api/nasional/" + DENPASAR + "?period=" + MARCH).json().get("steps");
    assertThat(steps.get(0).get("completed").asLong()).isEqualTo(3);
    assertThat(steps.get(0).get("completedWithinLimit").asLong()).isEqualTo(2);
    assertThat(steps.get(0).get("withinLimitPercent").asInt()).isEqualTo(67);
    assertThat(steps.get(0).get("median").asInt()).isEqualTo(1);
    assertThat(steps.get(0).get("p90").asInt()).isEqualTo(2);
    assertThat(steps.get(0).get("status").asText()).isEqualTo("AMBER");
    assertThat(steps.get(1).get("median").asInt()).isEqualTo(7);
    assertThat(steps.get(1).get("status").asText()).isEqualTo("GREEN");

    // The report of the month on demand: the same table under the ministry's heading, and as CSV.
    String csv = nadia.get("/api/nasional/laporan?period=" + MARCH + "&format=csv").body();
    assertThat(csv).contains("1;5171;PUSPAGA Kota Denpasar;3;1;2;1;4;3;75;\"83,33\";B");
    RestClient.Response pdf = nadia.get("/api/nasional/laporan?period=" + MARCH + "&format=pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(id.go.tangerangkota.puspaga.layanan.PdfText.of(nadia.getBytes("/api/nasional/laporan?period=" + MARCH)))
        .contains("KEMENTERIAN PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "LAPORAN PEMANTAUAN", "Maret 2033", "Nasional",
            "PUSPAGA Kota Denpasar (5171)", "75% dari 4", "83,33 (B)");
    assertThat(nadia.get("/api/nasional/laporan?format=docx").status()).isEqualTo(400);

    RestClient bagas = RestClient.as("bagas", port);
    assertThat(rows(bagas.get("/api/nasional?period=" + MARCH).json()).keySet()).as("Banten's offices only")
        .containsExactlyInAnyOrder("3671", "3674");
    assertThat(bagas.get("/api/nasional/" + DENPASAR + "?period=" + MARCH).status()).isEqualTo(404);
    assertThat(bagas.get("/api/nasional/laporan?period=" + MARCH + "&format=csv").body()).contains("Provinsi 36")
        .doesNotContain(DENPASAR);
    assertThat(bagas.get("/api/nasional/3674?period=" + MARCH).status()).isEqualTo(200);
    assertThat(RestClient.as("sari", port).get("/api/nasional").status()).as("a Ketua").isEqualTo(403);
    assertThat(RestClient.as("rina", port).get("/api/nasional").status()).isEqualTo(403);
    assertThat(nadia.get("/api/nasional?period=Maret").status()).isEqualTo(400);

    // Nothing of any office's work: no task, request or history, and none of our offices' lists.
    for (RestClient monitor : List.of(nadia, bagas)) {
      for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
          "/engine-rest/history/variable-instance")) {
        RestClient.Response answer = monitor.get(path);
        assertThat(answer.status() == 200 ? answer.json().size() : 0).as(monitor.user() + " " + path).isZero();
      }
      for (String path : List.of("/api/compliance", "/api/archive", "/api/survei/hasil", "/api/privacy/rights")) {
        assertThat(monitor.get(path).status()).as(monitor.user() + " " + path).isEqualTo(403);
      }
    }
  }

  private void onboardDenpasar() {
    Map<String, Object> office = TestOffices.onboarding(DENPASAR, "PUSPAGA Kota Denpasar", "kota-denpasar", "Kota Denpasar");
    RestClient.Response onboarded = RestClient.as("sysadmin", port).post("/api/offices", office);
    assertThat(onboarded.status()).as(onboarded.toString()).isIn(200, 201);
  }

  private void request(String id, String received, String ended) {
    jdbc.update("delete from request_statistics where process_instance_id = ?", id);
    jdbc.update("insert into request_statistics (process_instance_id, business_key, received_at, ended_at, office_id)"
        + " values (?,?,?,?,?)", id, "LI-" + DENPASAR + "-2033-" + id, wib(received), ended == null ? null : wib(ended), DENPASAR);
  }

  /** A step as rows were written before the days taken were counted at completion; the backfill counts it once. */
  private void step(String request, String activity, String started, String ended) {
    String task = request + "-" + activity;
    if (count("select count(*) from step_statistics where task_id = ?", task) == 0) {
      jdbc.update("insert into step_statistics (task_id, process_instance_id, activity_id, name, assignee, started_at, ended_at)"
          + " values (?,?,?,?,?,?,?)", task, request, activity, activity, "petugas", wib(started), wib(ended));
    }
  }

  private long count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Long.class, arguments);
  }

  private static Map<String, JsonNode> rows(JsonNode body) {
    Map<String, JsonNode> rows = new LinkedHashMap<>();
    body.get("offices").forEach(row -> rows.put(row.get("id").asText(), row));
    return rows;
  }

  private static Timestamp wib(String local) {
    return Timestamp.from(OffsetDateTime.parse(local + ":00+07:00").toInstant());
  }
}
