package id.go.tangerangkota.puspaga.survei;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.Jobs;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.Phone;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.SettableClock;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Survei Kepuasan Masyarakat over HTTP as requesters and staff use it: the link on the status
 * page of an online request walked to the archive and in its closing mail, the slip of a walk-in
 * request (its code typed, its QR code scanned), each code once, and the published results equal
 * to what the IKM oracle computes for the answers given.
 */
@DemoApplicationTest
class SurveyIT {

  private static final AtomicInteger CLIENTS = new AtomicInteger(100);
  private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired SettableClock clock;
  @Autowired SurveyDocuments documents;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aParentAnswersThroughTheLinkOnTheStatusPageOfAnArchivedRequestAndTheCodeWorksOnce() throws Exception {
    Phone phone = new Phone(port);
    HttpResponse<String> sent = phone.submit("/permohonan", phone.get("/permohonan").body(), Map.of(
        "requesterName", "Ibu Survei Daring", "requesterPhone", "0812-3456-7890", "requesterEmail", "ibu.survei@contoh.id",
        "topic", "PENGASUHAN", "requestBackground", "Penyuluhan pola asuh remaja.", "consent", "ya"));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    String number = find(sent.body(), "id=\"nomor-registrasi\">(LI-3671-\\d{4}-\\d{4})<");
    String statusCode = find(sent.body(), "<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})</code>");
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    assertThat(phone.status(number, statusCode)).doesNotContain("tautan-survei");

    walkToTheArchive(instance);

    String status = phone.status(number, statusCode);
    String code = find(status, "id=\"tautan-survei\" href=\"/survei\\?kode=(" + CODE + ")\"");
    assertThat(jdbc.queryForList("select recipients, text_body from mail_outbox where kind = 'SURVEY_INVITATION'"
        + " and subject like ?", "%" + number + "%")).as("the closing mail").singleElement().satisfies(mail -> {
          assertThat(mail.get("recipients")).isEqualTo("ibu.survei@contoh.id");
          assertThat((String) mail.get("text_body")).contains("/survei?kode=" + code);
        });

    HttpResponse<String> form = phone.get("/survei?kode=" + code);
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
    assertThat(form.body()).doesNotContain("<script").doesNotContain(number).doesNotContain("Ibu Survei")
        .contains("layanan informasi").contains(SurveyPeriod.monthLabel(java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"))));
    long answers = answerCount();

    HttpResponse<String> missing = phone.submit("/survei", form.body(), Map.of("u1", "4"));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("Periksa isian berikut").contains("Pilih satu jawaban untuk pertanyaan 2");
    assertThat(answerCount()).as("nothing stored for an incomplete answer").isEqualTo(answers);

    HttpResponse<String> stored = phone.submit("/survei", missing.body(), scores(4, 4, 3, 4, 3, 4, 4, 3, 3));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(stored.body()).contains("survei-tersimpan");
    assertThat(answerCount()).isEqualTo(answers + 1);

    HttpResponse<String> again = phone.submit("/survei", missing.body(), scores(1, 1, 1, 1, 1, 1, 1, 1, 1));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Kode survei ini sudah dipakai. Setiap permohonan hanya dapat dinilai satu kali");
    assertThat(answerCount()).as("the second answer is not stored").isEqualTo(answers + 1);
    assertThat(phone.get("/survei?kode=" + code).statusCode()).isEqualTo(409);
    assertThat(phone.status(number, statusCode)).contains("survei untuk permohonan ini sudah diisi")
        .doesNotContain("tautan-survei");
  }

  @Test
  void aWalkInRequestsSlipCarriesACodeAndAQrCodeThatWorkOnce() throws Exception {
    RequestWalk walk = walk();
    String instance = walk.start("LI-SLIP-" + CLIENTS.incrementAndGet());
    String number = (String) runtime.getVariable(instance, "registrationNumber");
    RestClient admin = RestClient.as("rina", port);
    assertThat(admin.get("/api/survei/slip/" + number).status()).as("not ended yet").isEqualTo(404);
    refer(walk, "rina", instance);

    byte[] slip = pdf("rina", "/api/survei/slip/" + number);
    String text = PdfText.of(slip);
    assertThat(text).contains("SURVEI KEPUASAN MASYARAKAT").contains("PUSPAGA").doesNotContain("Ibu Sri");
    String code = find(text, "(" + CODE + ")");
    assertThat(qrCodeOf(slip)).endsWith("/survei?kode=" + code);
    assertThat(pdf("rina", "/api/survei/slip/" + number)).as("printed again, the same code").satisfies(
        again -> assertThat(PdfText.of(again)).contains(code));
    assertThat(RestClient.as("budi", port).get("/api/survei/slip/" + number).status()).isEqualTo(403);
    assertThat(RestClient.anonymous(port).get("/api/survei/slip/" + number).status()).isEqualTo(401);

    Phone phone = new Phone(port);
    String typed = code.toLowerCase(Locale.ROOT).replace("-", " ");
    HttpResponse<String> form = phone.get("/survei?kode=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    assertThat(form.statusCode()).as("read out at the counter and typed in lower case").isEqualTo(200);
    long answers = answerCount();
    Map<String, String> values = scores(3, 3, 3, 4, 3, 3, 4, 3, 3);
    values.put("ageGroup", "36_45");
    values.put("sex", "P");
    values.put("suggestion", "Ruang tunggu diberi mainan anak.");
    assertThat(phone.submit("/survei", form.body(), values).statusCode()).isEqualTo(200);
    assertThat(phone.submit("/survei", form.body(), values).statusCode()).isEqualTo(409);
    assertThat(answerCount()).isEqualTo(answers + 1);
    assertThat(jdbc.queryForObject("select count(*) from survey_answer where suggestion = ? and sex = 'P'"
        + " and age_group = '36_45'", Long.class, "Ruang tunggu diberi mainan anak.")).isEqualTo(1);
    assertThat(phone.get("/survei?kode=ABCD-EFGH-JKMN").statusCode()).isEqualTo(404);

    // The code is kept only as its SHA-256: in no text column of the survey's tables, in any form.
    String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(code.getBytes(StandardCharsets.US_ASCII)));
    assertThat(jdbc.queryForObject("select count(*) from survey_invitation where code_sha256 = ? and used = ?", Long.class,
        sha256, true)).isEqualTo(1);
    for (String table : List.of("survey_invitation", "survey_answer", "mail_outbox")) {
      for (String column : jdbc.queryForList("select column_name from information_schema.columns where lower(table_name) = ?"
          + " and (lower(data_type) like '%char%' or lower(data_type) like '%text%' or lower(data_type) like '%clob%')",
          String.class, table)) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where upper(cast(" + column
            + " as varchar(100000))) like ? or upper(cast(" + column + " as varchar(100000))) like ?", Long.class,
            "%" + code + "%", "%" + code.replace("-", "") + "%")).as(table + "." + column).isZero();
      }
    }
  }

  @Test
  void robotsForgedFormsAndFloodsAreTurnedAwayAndTheCodeStaysUnused() throws Exception {
    RequestWalk walk = walk();
    String instance = walk.start("LI-ROBOT-" + CLIENTS.incrementAndGet());
    String number = (String) runtime.getVariable(instance, "registrationNumber");
    refer(walk, "rina", instance);
    String code = find(PdfText.of(pdf("rina", "/api/survei/slip/" + number)), "(" + CODE + ")");
    long answers = answerCount();

    Phone phone = new Phone(port);
    String form = phone.get("/survei?kode=" + code).body();
    Map<String, String> robot = scores(4, 4, 4, 4, 4, 4, 4, 4, 4);
    robot.put("website", "http://spam.example");
    HttpResponse<String> hidden = phone.submit("/survei", form, robot);
    assertThat(hidden.statusCode()).isEqualTo(400);
    assertThat(hidden.body()).contains("Jawaban tidak dapat diproses.");
    HttpResponse<String> atOnce = phone.submitAtOnce("/survei", hidden.body(), scores(4, 4, 4, 4, 4, 4, 4, 4, 4));
    assertThat(atOnce.statusCode()).isEqualTo(400);
    assertThat(atOnce.body()).contains("Jawaban terkirim terlalu cepat.");
    HttpResponse<String> forged = new Phone(port).submit("/survei", atOnce.body(), scores(4, 4, 4, 4, 4, 4, 4, 4, 4));
    assertThat(forged.statusCode()).as("another site's form, without the cookie").isEqualTo(403);
    assertThat(answerCount()).isEqualTo(answers);

    Phone flood = new Phone(port);
    int allowed = 0;
    while (allowed < 25 && flood.get("/survei?kode=ABCD-EFGH-JKMN").statusCode() != 429) {
      allowed++;
    }
    assertThat(allowed).as("code look-ups per address and minute").isEqualTo(20);

    assertThat(phone.submit("/survei", atOnce.body(), scores(3, 3, 3, 3, 3, 3, 3, 3, 3)).statusCode())
        .as("the code was not used by the refused attempts").isEqualTo(200);
    assertThat(answerCount()).isEqualTo(answers + 1);
  }

  @Test
  void theYearsReportIsFiledOnceFromTheFirstWorkingDayAfterTheYear() {
    // The year no other test reports; the calendar's 2027 is not yet confirmed, 2026's is.
    clock.runFrom(Instant.parse("2026-01-01T01:00:00Z"));          // Thursday 1 January 2026, 08:00 WIB: Tahun Baru
    assertThat(documents.produceDue()).isEmpty();
    clock.runFrom(Instant.parse("2026-01-02T00:00:00Z"));          // Friday 2 January, 07:00 WIB
    List<SurveyDocuments.Filed> filed = documents.produceDue();
    assertThat(filed).as("one per office").extracting(SurveyDocuments.Filed::office)
        .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select office_id from office", String.class));
    for (SurveyDocuments.Filed report : filed) {
      assertThat(report.year()).isEqualTo(2025);
      assertThat(report.version()).isEqualTo(1);
      assertThat(report.generatedBy()).as("by the schedule").isNull();
      assertThat(report.documentNumber()).matches("\\d{3}/SKM/PUSPAGA-" + report.office() + "/I/2026");
    }
    assertThat(documents.produceDue()).as("once").isEmpty();
  }

  @Test
  void theResultsPagePublishesTheIndexTheOracleComputesForTheAnswersGiven() throws Exception {
    // A month no other test serves in: the answers below are the period's only ones.
    clock.runFrom(Instant.parse("2031-03-10T02:00:00Z"));
    List<int[]> given = List.of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3},
        new int[] {4, 4, 4, 4, 3, 3, 3, 2, 2});
    RequestWalk walk = walk();
    for (int[] scores : given) {
      String instance = walk.start("LI-HASIL-" + CLIENTS.incrementAndGet());
      String number = (String) runtime.getVariable(instance, "registrationNumber");
      refer(walk, "rina", instance);
      answer(pdf("rina", "/api/survei/slip/" + number), scores);
    }
    Ikm oracle = Ikm.of(given);
    assertThat(oracle.indexText()).isEqualTo("85,19");

    HttpResponse<String> published = new Phone(port).get("/survei/hasil?periode=2031-S1");
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.body()).contains("<strong id=\"nilai-ikm\">" + oracle.indexText() + "</strong>")
        .contains("B (Baik)").contains("<td>3,667</td>").contains("<td>3,000</td>")
        .containsPattern("Jumlah responden <strong>3</strong> dari <span>3</span>\\s+permohonan")
        .contains("sampel minimal (Krejcie dan Morgan) <strong>3</strong>").contains("sudah terpenuhi")
        .doesNotContain("<script");
    assertThat(new Phone(port).get("/survei/hasil?periode=2031-S2").body()).contains("Belum ada jawaban survei");
    assertThat(new Phone(port).get("/survei/hasil?periode=semester-dua").statusCode()).isEqualTo(400);

    RestClient ketua = RestClient.as("sari", port);
    RestClient.Response written = ketua.put("/api/survei/tindak-lanjut?period=2031-S1",
        Map.of("text", "Menambah waktu layanan konsultasi pada hari Sabtu."));
    assertThat(written.status()).as(written.toString()).isEqualTo(200);
    assertThat(new Phone(port).get("/survei/hasil?periode=2031-S1").body())
        .contains("Menambah waktu layanan konsultasi pada hari Sabtu.");
    assertThat(RestClient.as("rina", port).put("/api/survei/tindak-lanjut?period=2031-S1", Map.of("text", "x")).status())
        .isEqualTo(403);
    assertThat(ketua.put("/api/survei/tindak-lanjut?period=2031-S1", Map.of("text", " ")).status()).isEqualTo(400);

    RestClient.Response figures = ketua.get("/api/survei/hasil?period=2031");
    assertThat(figures.json().get("result").get("index").asText()).isEqualTo("85,19");
    assertThat(figures.json().get("trend").get(2).get("answers").asInt()).isEqualTo(3);
    assertThat(RestClient.as("budi", port).get("/api/survei/hasil?period=2031").status()).isEqualTo(403);
    assertThat(RestClient.as("sysadmin", port).get("/api/survei/saran?period=2031").status())
        .as("suggestions: the Ketua only").isEqualTo(403);

    RestClient.Response report = ketua.post("/api/survei/laporan?year=2031", Map.of());
    assertThat(report.status()).as(report.toString()).isEqualTo(201);
    String id = report.json().get("id").asText();
    assertThat(report.json().get("documentNumber").asText()).contains("/SKM/");
    String reportText = PdfText.of(pdf("sari", "/api/survei/laporan/" + id + "/pdf"));
    assertThat(reportText).contains("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT").contains("85,19").contains("Baik")
        .contains("Menambah waktu layanan");
    String csv = new String(pdf("sari", "/api/survei/laporan/" + id + "/csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("IKM;Indeks Kepuasan Masyarakat;3;\"85,19\";B Baik");
  }

  @Test
  void eachOfficeReadsPublishesFollowsUpAndReportsOnlyItsOwnAnswers() throws Exception {
    // A month no other test serves in; Kota Tangerang Selatan (3674) serves one request in it.
    clock.runFrom(Instant.parse("2032-02-10T02:00:00Z"));
    RequestWalk selatan = new RequestWalk(RestClient.as("tika", port), RestClient.as("joko", port),
        RestClient.as("wulan", port), RestClient.as("sysadmin", port));
    String instance = selatan.start("LI-SELATAN-" + CLIENTS.incrementAndGet());
    String number = (String) runtime.getVariable(instance, "registrationNumber");
    refer(selatan, "tika", instance);
    assertThat(RestClient.as("rina", port).get("/api/survei/slip/" + number).status())
        .as("another office's slip (its code would answer its survey)").isEqualTo(404);
    byte[] slip = pdf("tika", "/api/survei/slip/" + number);
    assertThat(PdfText.of(slip)).contains("KOTA TANGERANG SELATAN").contains("/survei/hasil?kantor=kota-tangerang-selatan");
    answer(slip, new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2});

    assertThat(new Phone(port).get("/survei/hasil?periode=2032-S1&kantor=kota-tangerang-selatan").body())
        .contains("<strong id=\"nilai-ikm\">50,00</strong>").contains("KOTA TANGERANG SELATAN");
    assertThat(new Phone(port).get("/survei/hasil?periode=2032-S1").body()).as("Kota Tangerang's page")
        .contains("Belum ada jawaban survei");
    assertThat(new Phone(port).get("/survei/hasil?kantor=tidak-ada").statusCode()).isEqualTo(404);
    RestClient wulan = RestClient.as("wulan", port);
    RestClient sari = RestClient.as("sari", port);
    assertThat(wulan.get("/api/survei/hasil?period=2032-02").json().get("result").get("answers").asInt()).isEqualTo(1);
    assertThat(sari.get("/api/survei/hasil?period=2032-02").json().get("result").get("answers").asInt()).isZero();

    assertThat(wulan.put("/api/survei/tindak-lanjut?period=2032-S1", Map.of("text", "Loket dibuka lebih pagi.")).status())
        .isEqualTo(200);
    assertThat(wulan.put("/api/survei/tindak-lanjut?period=2032-S1&office=3671", Map.of("text", "x")).status())
        .as("not another office's").isEqualTo(400);
    assertThat(new Phone(port).get("/survei/hasil?periode=2032-S1&kantor=kota-tangerang-selatan").body())
        .contains("Loket dibuka lebih pagi.");
    assertThat(new Phone(port).get("/survei/hasil?periode=2032-S1").body()).doesNotContain("Loket dibuka lebih pagi.");

    RestClient.Response report = wulan.post("/api/survei/laporan?year=2032", Map.of());
    assertThat(report.status()).as(report.toString()).isEqualTo(201);
    String id = report.json().get("id").asText();
    assertThat(report.json().get("documentNumber").asText()).contains("/SKM/PUSPAGA-3674/");
    assertThat(PdfText.of(pdf("wulan", "/api/survei/laporan/" + id + "/pdf"))).contains("KOTA TANGERANG SELATAN")
        .contains("50,00").contains("Loket dibuka lebih pagi.");
    assertThat(sari.get("/api/survei/laporan").body()).doesNotContain(id);
    assertThat(sari.get("/api/survei/laporan/" + id + "/pdf").status()).isEqualTo(404);
  }

  @Test
  void theAnswerTableHasNoColumnThatIdentifiesARequestOrAPerson() {
    List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
        + " where lower(table_name) = 'survey_answer'", String.class);
    assertThat(columns).containsExactlyInAnyOrder("id", "service_month", "answered_on", "u1", "u2", "u3", "u4", "u5",
        "u6", "u7", "u8", "u9", "age_group", "sex", "education", "occupation", "suggestion", "office_id");
    assertThat(columns).noneMatch(column -> column.matches(".*(instance|registration|code|name|phone|email|user|time).*"));
  }

  private void walkToTheArchive(String instance) {
    walk().walkToTheArchive(instance, () -> Jobs.runFor(management, instance));
    Jobs.runFor(management, instance);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("ended").isZero();
  }

  /** Step 1 as a referral to counselling: the request ends there, and its requester is invited. */
  private void refer(RequestWalk walk, String admin, String instance) {
    Map<String, Object> values = new LinkedHashMap<>(walk.valuesOf("Task_RegisterRequest"));
    values.put("serviceType", "KONSELING");
    values.put("referralReason", "Perlu konseling keluarga.");
    walk.complete(RestClient.as(admin, port), instance, "Task_RegisterRequest", values);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("ended").isZero();
  }

  /** A respondent types the slip's code and sends these nine scores. */
  private void answer(byte[] slip, int[] scores) throws Exception {
    String code = find(PdfText.of(slip), "(" + CODE + ")");
    Phone phone = new Phone(port);
    HttpResponse<String> form = phone.get("/survei?kode=" + code);
    HttpResponse<String> stored = phone.submit("/survei", form.body(), scores(scores));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
  }

  private RequestWalk walk() {
    return new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port), RestClient.as("sari", port),
        RestClient.as("sysadmin", port));
  }

  private long answerCount() {
    return jdbc.queryForObject("select count(*) from survey_answer", Long.class);
  }

  private byte[] pdf(String user, String path) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return response.body();
  }

  /** The QR code as a phone's camera reads it: the slip's image, decoded. */
  private static String qrCodeOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          BufferedImage picture = image.getImage();
          int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
          return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
              new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels))),
              Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                  com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
      }
    }
    throw new AssertionError("The slip has no image");
  }

  private static Map<String, String> scores(int... scores) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      values.put("u" + (i + 1), String.valueOf(scores[i]));
    }
    return values;
  }

  private static String find(String body, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(body);
    assertThat(matcher.find()).as(regex + " in " + body).isTrue();
    return matcher.group(1);
  }
}
