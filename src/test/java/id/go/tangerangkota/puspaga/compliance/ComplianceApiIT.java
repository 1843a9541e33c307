package id.go.tangerangkota.puspaga.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/compliance} over HTTP: who may read the Ketua's figures, and what a request
 * just registered adds to them. (The figures themselves: {@code ComplianceProcessTest}.)
 */
@DemoApplicationTest
class ComplianceApiIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void onlyTheKetuaAndAdministratorsMayReadTheFigures() {
    assertThat(RestClient.anonymous(port).get("/api/compliance").status()).isEqualTo(401);
    for (String staff : new String[] {"budi", "dewi", "rina", "pantau"}) {
      RestClient.Response refused = RestClient.as(staff, port).get("/api/compliance");
      assertThat(refused.status()).as(staff).isEqualTo(403);
      assertThat(refused.json().get("message").asText())
          .isEqualTo("Angka kepatuhan SOP hanya dapat dibaca oleh Ketua PUSPAGA dan administrator.");
      assertThat(RestClient.as(staff, port).get("/api/compliance/instances?figure=open").status()).as(staff).isEqualTo(403);
    }
    assertThat(RestClient.as("sari", port).get("/api/compliance").status()).isEqualTo(200);
    assertThat(RestClient.as("sysadmin", port).get("/api/compliance?period=2026").status()).isEqualTo(200);
  }

  @Test
  void aPeriodOrFigureThatDoesNotExistIsRefusedWithTheReason() {
    RestClient sari = RestClient.as("sari", port);
    RestClient.Response period = sari.get("/api/compliance?period=2026-13");
    assertThat(period.status()).isEqualTo(400);
    assertThat(period.json().get("message").asText()).isEqualTo(
        "Periode \"2026-13\" tidak dikenal. Pilih bulan (2026-11), semester (2026-S2) atau tahun (2026).");
    RestClient.Response figure = sari.get("/api/compliance/instances?figure=semua");
    assertThat(figure.status()).isEqualTo(400);
    assertThat(figure.json().get("message").asText()).contains("\"semua\" tidak dikenal");
  }

  @Test
  void aNewRequestIsOpenAtStepOneAndListedBehindThatFigure() {
    RestClient sari = RestClient.as("sari", port);
    long before = stepOne(sari.get("/api/compliance").json()).get("open").asLong();
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port), sari,
        RestClient.as("sysadmin", port));
    String instance = walk.start("diabaikan");

    JsonNode report = sari.get("/api/compliance").json();
    assertThat(report.get("period").get("code").asText()).isEqualTo(YearMonth.from(RequestWalk.today(sari)).toString());
    assertThat(report.get("steps")).hasSize(9);
    assertThat(stepOne(report).get("open").asLong()).isEqualTo(before + 1);
    assertThat(stepOne(report).get("limit").asText()).isEqualTo("1 hari kerja");
    assertThat(stepOne(report).get("laneName").asText()).isEqualTo("Admin PUSPAGA");
    JsonNode open = sari.get("/api/compliance/instances?figure=open&step=1").json();
    assertThat(open.findValuesAsText("processInstanceId")).contains(instance);
  }

  @Test
  void theKetuaProducesAMonthsReportAndDownloadsItsPdfAndCsv() throws Exception {
    RestClient sari = RestClient.as("sari", port);
    String lastMonth = YearMonth.from(RequestWalk.today(sari)).minusMonths(1).toString();
    assertThat(RestClient.as("budi", port).post("/api/compliance/reports?month=" + lastMonth, java.util.Map.of()).status())
        .isEqualTo(403);
    assertThat(RestClient.as("budi", port).get("/api/compliance/reports").status()).isEqualTo(403);
    RestClient.Response future = sari.post("/api/compliance/reports?month=2099-01", java.util.Map.of());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("message").asText()).isEqualTo(
        "Laporan bulan Januari 2099 belum dapat dibuat: bulan itu belum dimulai.");
    assertThat(sari.post("/api/compliance/reports?month=November", java.util.Map.of()).status()).isEqualTo(400);

    RestClient.Response produced = sari.post("/api/compliance/reports?month=" + lastMonth, java.util.Map.of());
    assertThat(produced.status()).as(produced.body()).isEqualTo(201);
    JsonNode report = produced.json();
    assertThat(report.get("documentNumber").asText()).matches("\\d{3}/LBK/PUSPAGA-3671/[IVX]+/\\d{4}");
    assertThat(report.get("generatedBy").asText()).isEqualTo("sari");
    String id = report.get("id").asText();
    assertThat(sari.get("/api/compliance/reports").json().findValuesAsText("id")).contains(id);
    RestClient.Response pdf = sari.get("/api/compliance/reports/" + id + "/pdf", "application/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
    RestClient.Response csv = sari.get("/api/compliance/reports/" + id + "/csv", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFFbagian;uraian;jumlah;").contains("permohonan;diterima;");
    assertThat(sari.get("/api/compliance/reports/tidak-ada/pdf", "application/pdf").status()).isEqualTo(404);

    // Filed with the SHA-256 of exactly the bytes the Ketua downloads.
    Map<String, Object> filed = jdbc.queryForMap("select pdf_sha256, csv_sha256 from monthly_report where id = ?", id);
    assertThat(sha256(download("/api/compliance/reports/" + id + "/pdf"))).isEqualTo(filed.get("pdf_sha256"));
    assertThat(sha256(download("/api/compliance/reports/" + id + "/csv"))).isEqualTo(filed.get("csv_sha256"));
  }

  @Test
  void aReportPostedFromTheWebappSessionNeedsItsAntiForgeryToken() throws Exception {
    String lastMonth = YearMonth.from(RequestWalk.today(RestClient.as("sari", port))).minusMonths(1).toString();
    WebappSession sari = new WebappSession(port).login("sari", "cockpit");
    long filed = jdbc.queryForObject("select count(*) from monthly_report", Long.class);

    HttpResponse<String> withoutToken = sari.postWithToken("/api/compliance/reports?month=" + lastMonth, "{}", null);
    assertThat(withoutToken.statusCode()).as("without the token").isEqualTo(403);
    assertThat(withoutToken.body()).contains("token anti-pemalsuan (X-XSRF-TOKEN)");
    assertThat(sari.postWithToken("/api/compliance/reports?month=" + lastMonth, "{}", "F0RGED-T0KEN").statusCode())
        .as("with a wrong token").isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from monthly_report", Long.class)).isEqualTo(filed);

    HttpResponse<String> withToken = sari.post("/api/compliance/reports?month=" + lastMonth, "{}");
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select count(*) from monthly_report", Long.class)).isEqualTo(filed + 1);
  }

  private byte[] download(String path) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sari:sari".getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static JsonNode stepOne(JsonNode report) {
    return report.get("steps").get(0);
  }
}
