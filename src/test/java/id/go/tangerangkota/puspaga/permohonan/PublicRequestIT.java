package id.go.tangerangkota.puspaga.permohonan;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.privacy.PrivacyProperties;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.ModelerDeployment;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.Phone;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public pages over HTTP as a phone's browser uses them (a cookie jar, the form's hidden
 * fields): a request that Admin then handles, what the status page says, and every refusal:
 * missing consent, too long, the hidden field, a missing anti-forgery token, too fast, too many.
 * Each test comes from its own client address (X-Forwarded-For), as the rate limit counts by it.
 */
@DemoApplicationTest
class PublicRequestIT {

  /** The public pages' policy, literally as docs/features.md states it. */
  private static final String DOCUMENTED_CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  /** Crockford's base 32: digits and letters without I, L, O and U. */
  private static final String CROCKFORD = "[0-9A-HJKMNP-TV-Z]";

  @LocalServerPort
  int port;

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired PrivacyProperties privacy;

  @Test
  void aRequestFromThePublicReachesAdminAndItsStatusIsShownWithItsCodeOnly() throws Exception {
    Phone phone = new Phone(port);
    HttpResponse<String> form = phone.get("/permohonan");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.headers().firstValue("Content-Security-Policy")).hasValue(DOCUMENTED_CSP);
    assertThat(Files.readString(Path.of("docs", "features.md")).replaceAll("\\s+", " "))
        .as("the header as the docs state it").contains("`Content-Security-Policy: " + DOCUMENTED_CSP + "`");
    assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Strict");
    assertThat(form.body()).contains("Undang-Undang Nomor 27 Tahun 2022").doesNotContain("<script");

    HttpResponse<String> sent = phone.submit("/permohonan", form.body(), valid(Map.of("requesterEmail", "ibu.ani@contoh.id",
        "requestBackground", "Kami ingin penyuluhan <b>pengasuhan</b> & pola asuh remaja.")));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");
    String code = find(sent.body(), "<code>(" + CROCKFORD + "{4}(?:-" + CROCKFORD + "{4}){4})</code>");

    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    assertThat(runtime.getVariable(instance, "requestChannel")).isEqualTo("ONLINE");
    assertThat(runtime.getVariable(instance, "requestBackground"))
        .as("kept as typed").isEqualTo("Kami ingin penyuluhan <b>pengasuhan</b> & pola asuh remaja.");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getStartUserId())
        .isEqualTo("permohonan-daring");
    Task register = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(register.getTaskDefinitionKey()).isEqualTo("Task_RegisterRequest");
    assertThat(register.getDueDate()).as("the SOP's one working day").isNotNull();
    assertThat(RestClient.as("rina", port).get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).hasSize(1);
    assertThat(jdbc.queryForList("select recipients, subject from mail_outbox where kind = 'PUBLIC_RECEIPT' and subject like ?",
        "%" + number)).singleElement().satisfies(mail -> assertThat(mail.get("recipients")).isEqualTo("ibu.ani@contoh.id"));
    assertThat(jdbc.queryForObject("select text_body from mail_outbox where kind = 'PUBLIC_RECEIPT' and subject like ?",
        String.class, "%" + number)).contains(number).contains(code).contains("/permohonan/status");

    String status = phone.status(number, code.toLowerCase().replace("-", " "));
    assertThat(status).contains("Sedang diregistrasi oleh Admin");

    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    walk.register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    status = phone.status(number, code);
    assertThat(status).contains("Sedang dipetakan kebutuhannya oleh Koordinator")
        .containsPattern("Permohonan diregistrasi dan didisposisi oleh Admin</span>: <span>\\d{1,2} \\p{L}+ \\d{4}")
        .doesNotContain("Mohon dipetakan").doesNotContain("rina").doesNotContain("Ibu Sri").doesNotContain("Rina");
  }

  @Test
  void aRequesterAsksForACopyOnTheStatusPageAndDownloadsEachFileOnce() throws Exception {
    Phone phone = new Phone(port);
    HttpResponse<String> sent = phone.submit("/permohonan", phone.get("/permohonan").body(),
        valid(Map.of("requesterEmail", "ibu.salinan@contoh.id", "requesterName", "Ibu Salinan Lestari")));
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");
    String code = find(sent.body(), "<code>(" + CROCKFORD + "{4}(?:-" + CROCKFORD + "{4}){4})</code>");
    String status = phone.status(number, code);
    assertThat(status).contains("Hak Anda atas data pribadi").contains("3 x 24 jam");

    HttpResponse<String> wrongCode = phone.post("/permohonan/hak", overriding(status, Map.of("rightsKind", "AKSES",
        "statusCode", "AAAA-BBBB-CCCC-DDDD-EEEE")));
    assertThat(wrongCode.statusCode()).as("the status page's own answer to a wrong pair").isEqualTo(404);
    assertThat(wrongCode.body()).contains(PublicRequestController.NOT_MATCHING);
    // Each form carries a fresh one-use token: as a person would, from the page just shown.
    HttpResponse<String> noKind = phone.post("/permohonan/hak", overriding(phone.status(number, code), Map.of()));
    assertThat(noKind.statusCode()).isEqualTo(400);
    assertThat(noKind.body()).contains("Pilih jenis permintaan");

    HttpResponse<String> asked = phone.post("/permohonan/hak", overriding(noKind.body(), Map.of("rightsKind", "AKSES")));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    assertThat(asked.body()).contains("Permintaan Anda sudah kami terima").contains(number).contains("WIB");
    String rights = runtime.createProcessInstanceQuery().processDefinitionKey("puspaga-hak-subjek-data")
        .processInstanceBusinessKey(number).singleResult().getId();
    assertThat(runtime.getVariable(rights, "rightsChannel")).isEqualTo("DARING");

    RestClient putri = RestClient.as("putri", port);
    String task = putri.get("/engine-rest/task?processInstanceId=" + rights).json().get(0).get("id").asText();
    putri.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "putri"));
    assertThat(putri.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", RequestWalk.variables(Map.of(
        "rightsDecision", "DIKABULKAN", "rightsAnswer", "Salinan data Anda dapat diunduh di halaman status.")))).status())
        .isEqualTo(204);
    for (int round = 0; round < 3; round++) {
      management.createJobQuery().processInstanceId(rights).messages().list()
          .forEach(job -> management.executeJob(job.getId()));
    }

    status = phone.status(number, code);
    assertThat(status).contains("Dikabulkan").contains("Salinan data Anda dapat diunduh di halaman status.")
        .contains("Unduh salinan data (PDF)").contains("Unduh salinan data (JSON)");
    String pdf = find(status, "name=\"document\" value=\"([^\"]+)\"");
    HttpResponse<String> first = phone.post("/permohonan/hak/unduh", overriding(status, Map.of("document", pdf)));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(first.body()).startsWith("%PDF");
    HttpResponse<String> second = phone.post("/permohonan/hak/unduh", overriding(phone.status(number, code),
        Map.of("document", pdf)));
    assertThat(second.statusCode()).as("once").isEqualTo(410);
    assertThat(second.body()).contains("sudah diunduh satu kali");
    assertThat(phone.status(number, code)).contains("sudah diunduh.").contains("Unduh salinan data (JSON)");
    assertThat(jdbc.queryForObject("select recipients from mail_outbox where dedup_key = ?", String.class,
        "rights-answer:" + rights)).isEqualTo("ibu.salinan@contoh.id");
  }

  @Test
  void theConsentTextShownIsKeptWordForWordWithThePeriodsOfTheConfiguration() throws Exception {
    Phone phone = new Phone(port);
    String page = phone.get("/permohonan").body();
    String shown = find(page, "(?s)(<div class=\"consent-text\" id=\"consent-text\">.*?</div>)");
    assertThat(shown).contains("selama permohonan diproses dan " + PrivacyProperties.words(privacy.requestRetention())
            + " sesudahnya")
        .contains("disimpan " + PrivacyProperties.words(privacy.archiveRetention()) + " sesuai jadwal retensi arsip")
        .contains("diberikan oleh orang tua atau wali");
    // The tests run with another period than the default (DemoApplicationTest): a copy of the default would show.
    assertThat(shown).contains("6 (enam) tahun sesudahnya");

    HttpResponse<String> sent = phone.submit("/permohonan", page, valid(Map.of()));
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");
    String version = jdbc.queryForObject("select consent_text_version from public_request where registration_number = ?",
        String.class, number);
    assertThat(version).matches("UU27-2022-[0-9a-f]{12}");
    assertThat(jdbc.queryForObject("select text from consent_text where version = ?", String.class, version).strip())
        .isEqualTo(shown.strip());
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    assertThat((String) runtime.getVariable(instance, "personalDataConsent")).startsWith(version + " ");
  }

  @Test
  void aWalkInRequesterHearsTheSameConsentTextAndItsVersionIsRecordedWithHowConsentWasGiven() {
    RestClient rina = RestClient.as("rina", port);
    RequestWalk walk = new RequestWalk(rina, RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
    String instance = walk.start("LI-LOKET");
    String task = walk.awaitTask(rina, instance, "Task_RegisterRequest");
    var form = rina.get("/engine-rest/task/" + task + "/form-variables").json();
    String text = form.get("personalDataConsentText").get("value").asText();
    assertThat(text).contains("6 (enam) tahun sesudahnya").contains("10 (sepuluh) tahun")
        .contains("diberikan oleh orang tua atau wali").doesNotContain("<li>");
    String version = form.get("personalDataConsentVersion").get("value").asText();
    assertThat(jdbc.queryForObject("select count(*) from consent_text where version = ?", Long.class, version))
        .as("the same text as the public form's, kept").isEqualTo(1);
    walk.register(instance);
    assertThat((String) history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("personalDataConsent").singleResult().getValue()).startsWith("TERTULIS " + version + " ")
        .endsWith(" rina");
  }

  @Test
  void theStatusCodeIsKeptOnlyAsItsSha256AndIsNowhereElseInTheDatabase() throws Exception {
    Phone phone = new Phone(port);
    HttpResponse<String> sent = phone.submit("/permohonan", phone.get("/permohonan").body(), valid(Map.of()));
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");
    String code = find(sent.body(), "<code>(" + CROCKFORD + "{4}(?:-" + CROCKFORD + "{4}){4})</code>");

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
    assertThat(jdbc.queryForObject("select status_code_sha256 from public_request where registration_number = ?",
        String.class, number)).isEqualTo(expected);
    // Without an e-mail address no receipt is mailed: the code is in no text column of any table, in any form.
    List<String> holding = new ArrayList<>();
    for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from information_schema.columns"
        + " where upper(table_schema) = 'PUBLIC' and (lower(data_type) like '%char%' or lower(data_type) like '%text%'"
        + " or lower(data_type) like '%clob%')")) {
      // Quoted as the catalogue spells them: a column may be named with a reserved word.
      String table = '"' + (String) column.get("table_name") + '"';
      String name = '"' + (String) column.get("column_name") + '"';
      long found = jdbc.queryForObject("select count(*) from " + table + " where upper(cast(" + name + " as varchar(100000)))"
          + " like ? or upper(cast(" + name + " as varchar(100000))) like ?", Long.class,
          "%" + code + "%", "%" + code.replace("-", "") + "%");
      if (found > 0) {
        holding.add(table + "." + name);
      }
    }
    assertThat(holding).isEmpty();
  }

  @Test
  void aStepWithoutPublicSentencesInTheDeployedModelIsShownByItsName() throws Exception {
    String model = Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"));
    String sentences = """
                  <camunda:property name="publicNow" value="Sedang dipetakan kebutuhannya oleh Koordinator"/>
                  <camunda:property name="publicDone" value="Kebutuhan dipetakan oleh Koordinator"/>
        """;
    assertThat(model).contains(sentences, "name=\"Petakan kebutuhan masyarakat\"");
    HttpResponse<String> deployed = ModelerDeployment.deploy(port, "andi", model.replace(sentences, "")
        .replace("name=\"Petakan kebutuhan masyarakat\"", "name=\"Petakan kebutuhan keluarga\""));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    try {
      Phone phone = new Phone(port);
      HttpResponse<String> sent = phone.submit("/permohonan", phone.get("/permohonan").body(), valid(Map.of()));
      String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");
      String code = find(sent.body(), "<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})</code>");
      String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
      new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port), RestClient.as("sari", port),
          RestClient.as("sysadmin", port)).register(instance);
      management.createJobQuery().processInstanceId(instance).messages().list()
          .forEach(job -> management.executeJob(job.getId()));

      assertThat(phone.status(number, code)).contains("Sedang dikerjakan: petakan kebutuhan keluarga")
          .contains("Permohonan diregistrasi dan didisposisi oleh Admin");
    } finally {
      assertThat(ModelerDeployment.deploy(port, "andi", model).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void eachOfficeHasItsOwnPagesAndItsStatusPageKnowsOnlyItsOwnRequests() throws Exception {
    Phone phone = new Phone(port);
    assertThat(phone.get("/").body()).contains("PUSPAGA Kota Tangerang Selatan")
        .contains("href=\"/permohonan/kota-tangerang-selatan\"").contains("href=\"/permohonan/kota-tangerang\"");
    String path = "/permohonan/kota-tangerang-selatan";
    HttpResponse<String> form = phone.get(path);
    assertThat(form.body()).contains("PEMERINTAH KOTA TANGERANG SELATAN").contains("action=\"" + path + "\"");
    HttpResponse<String> sent = phone.submit(path, form.body(), valid(Map.of()));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3674-\\d{4}-\\d{4})<");
    String code = find(sent.body(), "<code>(" + CROCKFORD + "{4}(?:-" + CROCKFORD + "{4}){4})</code>");
    assertThat(sent.body()).contains(path + "/status");

    HttpResponse<String> elsewhere = phone.statusResponse(number, code);
    assertThat(elsewhere.statusCode()).as("Kota Tangerang's status page").isEqualTo(404);
    assertThat(elsewhere.body()).contains(PublicRequestController.NOT_MATCHING);
    HttpResponse<String> own = phone.post(path + "/status", Phone.withHidden(phone.get(path + "/status").body(),
        Map.of("registrationNumber", number, "statusCode", code)));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(own.body()).contains(number);
    assertThat(phone.get("/permohonan/kota-antah-berantah").statusCode()).isEqualTo(404);
  }

  @Test
  void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() throws Exception {
    Phone phone = new Phone(port);
    HttpResponse<String> sent = phone.submit("/permohonan", phone.get("/permohonan").body(), valid(Map.of()));
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");

    HttpResponse<String> wrongCode = phone.statusResponse(number, "AAAA-BBBB-CCCC-DDDD-EEEE");
    HttpResponse<String> unknown = phone.statusResponse("LI-1999-9999", "AAAA-BBBB-CCCC-DDDD-EEEE");
    assertThat(wrongCode.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
    assertThat(withoutEchoes(wrongCode.body(), number)).isEqualTo(withoutEchoes(unknown.body(), "LI-1999-9999"));
    assertThat(wrongCode.body()).contains(PublicRequestController.NOT_MATCHING).doesNotContain("Sedang");
  }

  @Test
  void withoutConsentNothingIsStoredAndTheFieldSaysWhy() throws Exception {
    Phone phone = new Phone(port);
    long before = requests();
    Map<String, String> values = valid(Map.of());
    values.remove("consent");
    HttpResponse<String> refused = phone.submit("/permohonan", phone.get("/permohonan").body(), values);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"consent-error\">Centang persetujuan pemrosesan data pribadi")
        .contains("value=\"Ibu Ani Lestari\"");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void aFieldPastItsLimitIsRefusedNamingTheLimit() throws Exception {
    Phone phone = new Phone(port);
    long before = requests();
    HttpResponse<String> refused = phone.submit("/permohonan", phone.get("/permohonan").body(),
        valid(Map.of("requestBackground", "x".repeat(4001), "requesterName", "n".repeat(201))));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Latar belakang kebutuhan paling banyak 4.000 karakter, sedangkan isian Anda 4.001 karakter.")
        .contains("Nama pemohon paling banyak 200 karakter, sedangkan isian Anda 201 karakter.")
        .contains("aria-describedby=\"requestBackground-hint requestBackground-error\"");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void theHiddenFieldFilledInOrAFormSentAtOnceStoresNothing() throws Exception {
    Phone phone = new Phone(port);
    long before = requests();
    HttpResponse<String> robot = phone.submit("/permohonan", phone.get("/permohonan").body(),
        valid(Map.of("website", "http://spam.example")));
    assertThat(robot.statusCode()).isEqualTo(400);
    assertThat(robot.body()).contains("Permohonan tidak dapat diproses.");
    HttpResponse<String> atOnce = phone.submitAtOnce("/permohonan", phone.get("/permohonan").body(), valid(Map.of()));
    assertThat(atOnce.statusCode()).isEqualTo(400);
    assertThat(atOnce.body()).contains("Formulir terkirim terlalu cepat.");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void withoutTheAntiForgeryTokenTheFormIsRefused() throws Exception {
    long before = requests();
    Phone phone = new Phone(port);
    String page = phone.get("/permohonan").body();
    // Another site's form: the browser would not send the SameSite=Strict cookie with it.
    Phone otherSite = new Phone(port);
    HttpResponse<String> forged = otherSite.submit("/permohonan", page, valid(Map.of()));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains(PublicResponses.FORGED);
    Map<String, String> noToken = valid(Map.of());
    HttpResponse<String> missing = phone.post("/permohonan", noToken);
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void theSixthSubmissionInAMinuteFromOneAddressGets429InIndonesian() throws Exception {
    Phone phone = new Phone(port);
    Map<String, String> noConsent = valid(Map.of());
    noConsent.remove("consent");
    int[] answers = new int[7];
    String form = phone.get("/permohonan").body();
    Thread.sleep(1100);
    for (int i = 0; i < answers.length; i++) {
      HttpResponse<String> answer = phone.post("/permohonan", Phone.withHidden(form, noConsent));
      answers[i] = answer.statusCode();
      if (answer.statusCode() == 400) {
        // The form comes back with a new token (and cookie), as a browser would show it.
        form = answer.body();
      }
      if (answer.statusCode() == 429) {
        assertThat(answer.body()).contains(PublicResponses.TOO_MANY);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
      }
    }
    Phone neighbour = new Phone(port);
    int fromAnotherAddress = neighbour.submit("/permohonan", neighbour.get("/permohonan").body(), noConsent).statusCode();
    String statusForm = phone.get("/permohonan/status").body();
    int lastStatus = 0;
    int statusChecks = 0;
    while (statusChecks < 25 && (lastStatus = phone.post("/permohonan/status",
        Phone.withHidden(statusForm, Map.of("registrationNumber", "LI-1999-0001", "statusCode", "X"))).statusCode()) != 429) {
      statusChecks++;
    }
    System.out.printf("[public] one address, one minute: submissions answered %s (limit 5); another address: %d;"
        + " status look-ups before 429: %d (limit 20)%n", java.util.Arrays.toString(answers), fromAnotherAddress, statusChecks);
    assertThat(answers).containsExactly(400, 400, 400, 400, 400, 429, 429);
    assertThat(fromAnotherAddress).isEqualTo(400);
    assertThat(statusChecks).isEqualTo(20);
    assertThat(lastStatus).isEqualTo(429);
  }

  private long requests() {
    return jdbc.queryForObject("select count(*) from public_request", Long.class);
  }

  private static Map<String, String> valid(Map<String, String> changes) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("requesterName", "Ibu Ani Lestari");
    values.put("requesterPhone", "0812-3456-7890");
    values.put("requesterInstitution", "Paguyuban Orang Tua RW 03");
    values.put("topic", "PENGASUHAN");
    values.put("requestBackground", "Kami ingin penyuluhan pola asuh remaja.");
    values.put("consent", "ya");
    values.putAll(changes);
    return values;
  }

  private static String find(String body, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(body);
    assertThat(matcher.find()).as(regex + " in " + body).isTrue();
    return matcher.group(1);
  }


  /** The page's hidden fields (its token, the number and code it echoes), then these values over them. */
  private static Map<String, String> overriding(String page, Map<String, String> values) {
    Map<String, String> all = Phone.withHidden(page, Map.of());
    all.putAll(values);
    return all;
  }

  private static String withoutEchoes(String page, String number) {
    // Only where the page echoes it (the field's value, the heading), not the hint's example, which may be the same number.
    return page.replaceAll("<input type=\"hidden\"[^>]*>", "").replace("value=\"" + number + "\"", "value=\"NOMOR\"")
        .replace(">" + number + "<", ">NOMOR<");
  }
}
