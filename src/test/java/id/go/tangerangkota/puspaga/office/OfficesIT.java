package id.go.tangerangkota.puspaga.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.Jobs;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.TestOffices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Offices as tenants: onboarding through the API, and two demo offices (Kota Tangerang 3671, Kota
 * Tangerang Selatan 3674) each running the SOP with its own staff, numbers and letterhead, neither
 * seeing the other's requests through the engine REST API Tasklist and Cockpit read.
 */
@DemoApplicationTest
class OfficesIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPlatformAdministratorOnboardsAnOfficeOnceAndASecondCallUpdatesIt() {
    RestClient sysadmin = RestClient.as("sysadmin", port);
    Map<String, Object> papua = office("9171", "PUSPAGA Kota Jayapura", "kota-jayapura");
    RestClient.Response created = sysadmin.post("/api/offices", papua);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("letterhead").get("government").asText()).isEqualTo("PEMERINTAH KOTA JAYAPURA");
    assertThat(created.json().get("numberPattern").asText()).isEqualTo("LI-{office}-{year}-{seq}");
    assertThat(sysadmin.get("/engine-rest/tenant/9171").json().get("name").asText()).isEqualTo("PUSPAGA Kota Jayapura");

    papua.put("name", "PUSPAGA Kota Jayapura (Papua)");
    papua.put("regionalHolidays", List.of(Map.of("date", "2027-02-05", "name", "Hari Pekabaran Injil")));
    RestClient.Response updated = sysadmin.post("/api/offices", papua);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().get("holidays").get(0).get("name").asText()).isEqualTo("Hari Pekabaran Injil");
    assertThat(sysadmin.get("/engine-rest/tenant/9171").json().get("name").asText()).isEqualTo("PUSPAGA Kota Jayapura (Papua)");

    JsonNode listed = sysadmin.get("/api/offices").json();
    assertThat(listed.findValuesAsText("id")).contains("3671", "3674", "9171");
    for (JsonNode office : listed) {
      // Each office listed with its own holidays (read for all offices at once).
      assertThat(office.get("holidays").findValuesAsText("name")).as(office.get("id").asText())
          .isEqualTo(office.get("id").asText().equals("9171") ? List.of("Hari Pekabaran Injil") : List.of());
    }
    assertThat(jdbc.queryForObject("select count(*) from office where office_id = '9171'", Integer.class)).isEqualTo(1);
  }

  @Test
  void anOfficeWithFaultsIsRefusedWithEveryFaultNamedAndNothingSaved() {
    RestClient sysadmin = RestClient.as("sysadmin", port);
    Map<String, Object> wrong = office("36.71", "", "Kota Tangerang!");
    wrong.put("numberPattern", "LI-{seq}");
    wrong.put("regionalHolidays", List.of(Map.of("date", "5 Februari", "name", "Libur")));
    RestClient.Response refused = sysadmin.post("/api/offices", wrong);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("kode wilayah Kemendagri").contains("name: wajib diisi").contains("publicPath")
        .contains("numberPattern").contains("tanggal \\\"5 Februari\\\" tidak dikenali");

    RestClient.Response taken = sysadmin.post("/api/offices", office("3603", "PUSPAGA Kabupaten Tangerang", "kota-tangerang-selatan"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("sudah dipakai PUSPAGA Kota Tangerang Selatan");
    assertThat(jdbc.queryForObject("select count(*) from office where office_id in ('3603', '36.71')", Integer.class)).isZero();
    assertThat(sysadmin.get("/engine-rest/tenant/3603").status()).isEqualTo(404);
  }

  @Test
  void onlyThePlatformsAdministratorsOnboardOrListOffices() {
    RestClient.Response byAdminOfAnOffice = RestClient.as("rina", port).post("/api/offices", office("3672", "PUSPAGA Kota Cilegon", "kota-cilegon"));
    assertThat(byAdminOfAnOffice.status()).isEqualTo(403);
    assertThat(byAdminOfAnOffice.body()).contains("administrator platform");
    assertThat(RestClient.as("sari", port).get("/api/offices").status()).isEqualTo(403);
    assertThat(RestClient.anonymous(port).get("/api/offices").status()).isEqualTo(401);
  }

  @Test
  void eachOfficeWalksItsOwnRequestWithItsOwnNumbersAndLetterheadAndSeesNothingOfTheOther() {
    RestClient tika = RestClient.as("tika", port);
    RestClient wulan = RestClient.as("wulan", port);
    RestClient rina = RestClient.as("rina", port);
    RestClient sari = RestClient.as("sari", port);
    RestClient sysadmin = RestClient.as("sysadmin", port);
    RequestWalk selatan = new RequestWalk(tika, RestClient.as("joko", port), wulan, sysadmin);
    RequestWalk tangerang = new RequestWalk(rina, RestClient.as("budi", port), sari, sysadmin);

    String theirs = selatan.start("diganti");
    String ours = tangerang.start("diganti");
    JsonNode theirInstance = wulan.get("/engine-rest/process-instance/" + theirs).json();
    assertThat(theirInstance.get("tenantId").asText()).isEqualTo("3674");
    assertThat(theirInstance.get("businessKey").asText()).matches("LI-3674-\\d{4}-\\d{4}");
    assertThat(sari.get("/engine-rest/process-instance/" + ours).json().get("businessKey").asText())
        .matches("LI-3671-\\d{4}-\\d{4}");

    selatan.walkToTheArchive(theirs, () -> Jobs.runFor(management, theirs));
    Jobs.runFor(management, theirs);
    assertThat(sysadmin.get("/engine-rest/history/process-instance/" + theirs).json().get("state").asText())
        .isEqualTo("COMPLETED");
    JsonNode disposition = sysadmin.get("/engine-rest/history/variable-instance?processInstanceId=" + theirs
        + "&variableName=dokumenLembarDisposisi").json().get(0);
    byte[] pdf = sysadmin.getBytes("/engine-rest/history/variable-instance/" + disposition.get("id").asText() + "/data");
    assertThat(PdfText.of(pdf)).contains("PEMERINTAH KOTA TANGERANG SELATAN").contains("Kota Tangerang Selatan")
        .doesNotContain("Jl. Satria Sudirman");

    // Office 3671's people, through what Tasklist and Cockpit read, and office 3674's the other way round.
    String theirNumber = theirInstance.get("businessKey").asText();
    String receipt = sysadmin.get("/engine-rest/history/variable-instance?processInstanceId=" + theirs
        + "&variableName=receiptNumber").json().get(0).get("value").asText();
    assertThat(wulan.get("/api/archive?registrationNumber=" + theirNumber).body()).as("its own office's Ketua").contains(receipt);
    String ourNumber = sari.get("/engine-rest/process-instance/" + ours).json().get("businessKey").asText();
    List<String> leaks = new ArrayList<>();
    // Office 3671's people, and the monitors of the nation and of the province, who read figures only.
    for (RestClient other : List.of(rina, sari, RestClient.as("budi", port), RestClient.as("putri", port),
        RestClient.as("nadia", port), RestClient.as("bagas", port))) {
      probe(other, theirs, theirNumber, leaks);
      probeApi(other, theirs, theirNumber, receipt, leaks);
      probeWebapps(other.user(), theirs, theirNumber, leaks);
    }
    for (RestClient other : List.of(tika, wulan, RestClient.as("joko", port), RestClient.as("yusuf", port))) {
      probe(other, ours, ourNumber, leaks);
    }
    assertThat(leaks).as("answers that reveal the other office's request").isEmpty();
    assertThat(wulan.get("/engine-rest/history/process-instance?processInstanceId=" + theirs).json()).hasSize(1);
  }

  @Test
  void aRegionalHolidayMovesOnlyItsOfficesDeadlinesOnTheApiAndOnLiveTimersAndItsRemovalMovesThemBack() {
    RestClient sysadmin = RestClient.as("sysadmin", port);
    RestClient wulan = RestClient.as("wulan", port);
    RestClient sari = RestClient.as("sari", port);
    RestClient tika = RestClient.as("tika", port);
    RestClient rina = RestClient.as("rina", port);
    String from = RequestWalk.today(sysadmin) + "T09:00:00+07:00";
    RestClient.Response before = sysadmin.get("/api/calendar/deadline?workingDays=1&office=3674&from="
        + java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8));
    String nextWorkingDay = before.json().get("deadline").asText().substring(0, 10);
    String theirs = new RequestWalk(tika, RestClient.as("joko", port), wulan, sysadmin).start("x");
    String ours = new RequestWalk(rina, RestClient.as("budi", port), sari, sysadmin).start("x");
    String ourDue = due(rina, ours);
    assertThat(due(tika, theirs)).isEqualTo(ourDue);

    Map<String, Object> selatan = demoSecondOffice();
    selatan.put("regionalHolidays", List.of(Map.of("date", nextWorkingDay, "name", "Hari jadi Kota Tangerang Selatan")));
    try {
      assertThat(sysadmin.post("/api/offices", selatan).status()).isEqualTo(200);
      String moved = due(tika, theirs);
      assertThat(moved).as("office 3674's open step 1 after its holiday").isGreaterThan(ourDue);
      assertThat(due(rina, ours)).as("office 3671's open step 1").isEqualTo(ourDue);
      assertThat(timerDue(theirs)).as("the timer follows the due date").isEqualTo(moved);
      assertThat(timerDue(ours)).isEqualTo(ourDue);
      String encoded = java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(sysadmin.get("/api/calendar/deadline?workingDays=1&office=3674&from=" + encoded).json().get("deadline").asText())
          .as("the API with the office's calendar").isNotEqualTo(
              sysadmin.get("/api/calendar/deadline?workingDays=1&office=3671&from=" + encoded).json().get("deadline").asText());
      assertThat(sysadmin.get("/api/calendar/holidays?year=" + nextWorkingDay.substring(0, 4) + "&office=3674").body())
          .contains("Hari jadi Kota Tangerang Selatan").contains("libur-daerah");
      // A new request of office 3674 starts with the holiday counted, too.
      String later = new RequestWalk(tika, RestClient.as("joko", port), wulan, sysadmin).start("x");
      assertThat(due(tika, later)).isEqualTo(moved);
    } finally {
      selatan.put("regionalHolidays", List.of());
      assertThat(sysadmin.post("/api/offices", selatan).status()).isEqualTo(200);
    }
    assertThat(due(tika, theirs)).as("back when the holiday is taken away").isEqualTo(ourDue);
    assertThat(timerDue(theirs)).isEqualTo(ourDue);
  }

  @Test
  void eachKetuaCountsAndReportsOnlyHerOwnOfficesRequests() throws Exception {
    RestClient tika = RestClient.as("tika", port);
    RestClient wulan = RestClient.as("wulan", port);
    RestClient sari = RestClient.as("sari", port);
    RequestWalk selatan = new RequestWalk(tika, RestClient.as("joko", port), wulan, RestClient.as("sysadmin", port));
    long oursBefore = completedStepOne(sari);
    String theirs = selatan.start("x");
    selatan.register(theirs);
    Jobs.runFor(management, theirs);

    assertThat(completedStepOne(sari)).as("Kota Tangerang's figure").isEqualTo(oursBefore);
    assertThat(completedStepOne(wulan)).as("Kota Tangerang Selatan's figure").isGreaterThanOrEqualTo(1);
    assertThat(sari.get("/api/compliance/instances?figure=completed&step=1").body()).doesNotContain(theirs);
    assertThat(wulan.get("/api/compliance/instances?figure=completed&step=1").body()).contains(theirs);

    String month = RequestWalk.today(wulan).toString().substring(0, 7);
    RestClient.Response filed = wulan.post("/api/compliance/reports?month=" + month, Map.of());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().get("id").asText();
    assertThat(filed.json().get("office").asText()).isEqualTo("3674");
    assertThat(filed.json().get("documentNumber").asText()).contains("/LBK/PUSPAGA-3674/");
    assertThat(PdfText.of(wulan.getBytes("/api/compliance/reports/" + id + "/pdf"))).contains("KOTA TANGERANG SELATAN");
    assertThat(sari.get("/api/compliance/reports").body()).doesNotContain(id);
    assertThat(sari.get("/api/compliance/reports/" + id + "/pdf").status()).isEqualTo(404);
    assertThat(wulan.post("/api/compliance/reports?month=" + month + "&office=3671", Map.of()).status())
        .as("not for another office").isEqualTo(400);
  }

  @Test
  void aPersonOfTwoOfficesNamesTheOfficeInTheStartFormAndNobodyStartsForAnOfficeNotHers() {
    RestClient sysadmin = RestClient.as("sysadmin", port);
    assertThat(sysadmin.get("/engine-rest/process-definition/key/puspaga-layanan-informasi/deployed-start-form").body())
        .contains("\"key\": \"officeId\"", "\"label\": \"Kantor\"");
    if (sysadmin.get("/engine-rest/user/provinsi/profile").status() == 404) {
      assertThat(sysadmin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "provinsi", "firstName", "Staf",
          "lastName", "Provinsi", "email", "provinsi@puspaga.example"), "credentials", Map.of("password", "provinsi")))
          .status()).isEqualTo(204);
      sysadmin.put("/engine-rest/group/administrasi/members/provinsi", Map.of());
      sysadmin.put("/engine-rest/tenant/3671/user-members/provinsi", Map.of());
      sysadmin.put("/engine-rest/tenant/3674/user-members/provinsi", Map.of());
    }
    RestClient provinsi = RestClient.as("provinsi", port);
    Map<String, Object> form = new LinkedHashMap<>(Map.of("requesterName", "Ibu Sri Wahyuni", "requesterPhone",
        "0812-1111-2222", "topic", "PENGASUHAN", "requestBackground", "Penyuluhan pengasuhan.", "requestChannel",
        "DATANG_LANGSUNG", "personalDataConsentGiven", "TERTULIS"));
    String submit = "/engine-rest/process-definition/key/puspaga-layanan-informasi/submit-form";

    RestClient.Response unnamed = provinsi.post(submit, Map.of("variables", RequestWalk.variables(form)));
    assertThat(unnamed.status()).as(unnamed.toString()).isBetween(400, 499);
    assertThat(unnamed.body()).contains("lebih dari satu kantor PUSPAGA (3671, 3674)", "isian \\\"Kantor\\\"");

    form.put("officeId", "3674");
    RestClient.Response named = provinsi.post(submit, Map.of("variables", RequestWalk.variables(form)));
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    assertThat(RestClient.as("wulan", port).get("/engine-rest/process-instance/" + named.json().get("id").asText()).json()
        .get("tenantId").asText()).isEqualTo("3674");

    form.put("officeId", "3671");
    RestClient.Response notHers = RestClient.as("tika", port).post(submit, Map.of("variables", RequestWalk.variables(form)));
    assertThat(notHers.status()).as(notHers.toString()).isBetween(400, 499);
    assertThat(notHers.body()).contains("Anda bukan staf kantor 3671");
  }

  private static long completedStepOne(RestClient ketua) {
    RestClient.Response figures = ketua.get("/api/compliance");
    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    return figures.json().get("steps").get(0).get("completed").asLong();
  }

  private String due(RestClient person, String instance) {
    JsonNode tasks = person.get("/engine-rest/task?processInstanceId=" + instance).json();
    assertThat(tasks).as(person.user() + " sees the step of " + instance).hasSize(1);
    return tasks.get(0).get("due").asText();
  }

  private String timerDue(String instance) {
    JsonNode timers = RestClient.as("sysadmin", port).get("/engine-rest/job?timers=true&processInstanceId=" + instance).json();
    assertThat(timers).hasSize(1);
    return timers.get(0).get("dueDate").asText();
  }

  /** The demo's second office as the register holds it, to send back changed. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> demoSecondOffice() {
    JsonNode stored = null;
    for (JsonNode office : RestClient.as("sysadmin", port).get("/api/offices").json()) {
      if ("3674".equals(office.get("id").asText())) {
        stored = office;
      }
    }
    Map<String, Object> office = new LinkedHashMap<>();
    for (String field : List.of("id", "name", "mailSender", "publicPath", "numberPattern")) {
      office.put(field, stored.get(field).asText());
    }
    office.put("letterhead", new com.fasterxml.jackson.databind.ObjectMapper().convertValue(stored.get("letterhead"), Map.class));
    return office;
  }

  /**
   * The webapps' own API, as Tasklist and (for the Ketua) Cockpit call it with their session: the
   * engine's resources and Cockpit's plugin queries.
   */
  private void probeWebapps(String user, String instance, String number, List<String> leaks) {
    boolean ketua = List.of("sari", "wulan", "nadia", "bagas").contains(user);
    var session = new id.go.tangerangkota.puspaga.system.WebappSession(port).login(user, ketua ? "cockpit" : "tasklist");
    String engine = "/camunda/api/engine/engine/default";
    for (String path : List.of(engine + "/task?processInstanceId=" + instance, engine + "/process-instance/" + instance,
        engine + "/process-instance?businessKey=" + number, engine + "/history/process-instance?processInstanceId=" + instance,
        engine + "/history/variable-instance?processInstanceId=" + instance,
        engine + "/history/task?processInstanceId=" + instance,
        "/camunda/api/cockpit/plugin/base/default/process-instance/" + instance + "/called-process-instances",
        "/camunda/api/cockpit/plugin/base/default/incident?processInstanceId=" + instance)) {
      var answer = session.get(path);
      if (answer.statusCode() == 200 && (answer.body().contains(instance) || answer.body().contains(number))) {
        leaks.add(user + " (webapp) " + path + " -> " + answer.body());
      }
    }
  }

  /** Our own API: any answer that names the other office's request, number or receipt is a leak. */
  private static void probeApi(RestClient person, String instance, String number, String receipt, List<String> leaks) {
    String encoded = java.net.URLEncoder.encode(receipt, java.nio.charset.StandardCharsets.UTF_8);
    for (String path : List.of("/api/archive", "/api/archive?registrationNumber=" + number, "/api/archive?receipt=" + encoded,
        "/api/compliance", "/api/compliance/instances?figure=completed", "/api/compliance/instances?figure=open",
        "/api/compliance/reports", "/api/privacy/rights", "/api/privacy/incidents",
        "/api/privacy/access-log?registrationNumber=" + number, "/api/privacy/access-log?user=tika",
        "/api/privacy/access-log?user=wulan")) {
      RestClient.Response answer = person.get(path);
      if (answer.status() == 200 && (answer.body().contains(instance) || answer.body().contains(number)
          || answer.body().contains(receipt))) {
        leaks.add(person.user() + " " + path + " -> " + answer.body());
      }
    }
    // The survey slip of the other office's ended request would hand over its one-use code.
    RestClient.Response slip = person.get("/api/survei/slip/" + number);
    if (slip.status() == 200) {
      leaks.add(person.user() + " /api/survei/slip/" + number + " -> 200");
    }
  }

  private static void probe(RestClient person, String instance, String number, List<String> leaks) {
    for (String path : List.of("/engine-rest/process-instance/" + instance,
        "/engine-rest/process-instance/" + instance + "/variables",
        "/engine-rest/history/process-instance/" + instance)) {
      RestClient.Response answer = person.get(path);
      if (answer.status() == 200) {
        leaks.add(person.user() + " " + path + " -> " + answer.status());
      }
    }
    for (String path : List.of("/engine-rest/task?processInstanceId=" + instance,
        "/engine-rest/process-instance?processInstanceIds=" + instance,
        "/engine-rest/history/process-instance?processInstanceId=" + instance,
        "/engine-rest/history/task?processInstanceId=" + instance,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/activity-instance?processInstanceId=" + instance,
        "/engine-rest/process-instance?businessKey=" + number,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + number)) {
      RestClient.Response answer = person.get(path);
      if (answer.status() != 200 || answer.json().size() > 0) {
        leaks.add(person.user() + " " + path + " -> " + answer.status() + " " + answer.body());
      }
    }
  }

  private static Map<String, Object> office(String id, String name, String path) {
    return TestOffices.onboarding(id, name, path, "Kota Jayapura");
  }

}
