package id.go.tangerangkota.puspaga.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The archive over HTTP: Admin and the Ketua read it, others are refused, the PDF carries its checksum. */
@DemoApplicationTest
class ArchiveApiIT {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @Autowired
  HistoryService history;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  String receipt;

  @BeforeEach
  void archiveOneProgram() {
    ProcessInstance pi = runtime.createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .businessKey("LI-ARSIP")
        .setVariables(Map.of("requesterName", "Ibu Ani", "programTitle", "Program pengasuhan", "programEndDate", "2027-03-31",
            "programReportSummary", "Terlaksana.", "programEvaluation", "Sesuai.", "coordinator", "budi",
            "activityReports", SpinValues.jsonValue("[{\"title\":\"Kelas\",\"date\":\"2027-02-01\"}]").create()))
        .startBeforeActivity("Task_GenerateProgramReport").execute();
    runAsyncSteps(pi);
    runtime.createProcessInstanceModification(pi.getId()).cancelAllForActivity("Task_CoordinateProgramReport")
        .startBeforeActivity("Task_ArchiveDocuments").execute();
    runAsyncSteps(pi);
    receipt = (String) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("receiptNumber").singleResult().getValue();
  }

  @Test
  void listsTheReceiptForAdminAndTheKetua() {
    for (String reader : new String[] {"rina", "sari"}) {
      JsonNode listing = RestClient.as(reader, port).get("/api/archive/" + receipt).json();
      assertThat(listing.get("receiptNumber").asText()).isEqualTo(receipt);
      assertThat(listing.get("businessKey").asText()).isEqualTo("LI-ARSIP");
      assertThat(listing.get("documents").findValuesAsText("type"))
          .containsExactlyInAnyOrder("LAPORAN_PROGRAM", "SURAT_PEMBERIAN_LAPORAN", "TANDA_TERIMA");
    }
  }

  @Test
  void findsTheReceiptByQueryParameterWithItsSlashesEncodedOrNot() {
    String encoded = java.net.URLEncoder.encode(receipt, StandardCharsets.UTF_8);
    assertThat(encoded).contains("%2F");
    for (String query : new String[] {receipt, encoded}) {
      RestClient.Response listing = RestClient.as("rina", port).get("/api/archive?receipt=" + query);
      assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
      assertThat(listing.json().get("receiptNumber").asText()).isEqualTo(receipt);
    }
    // The same number in the path, encoded as a standard client would: Tomcat refuses it, in JSON, pointing here.
    RestClient.Response inPath = RestClient.as("rina", port).get("/api/archive/" + encoded);
    assertThat(inPath.status()).isEqualTo(400);
    assertThat(inPath.json().get("message").asText()).contains("/api/archive?receipt=");
    assertThat(RestClient.as("budi", port).get("/api/archive?receipt=" + encoded).status()).isEqualTo(403);
    assertThat(RestClient.as("rina", port).get("/api/archive?receipt=999/TT/PUSPAGA/I/1999").status()).isEqualTo(404);
  }

  @Test
  void opensForStaffLoggedInToTasklistAndListsTheReceiptsOfARequest() throws Exception {
    WebappSession rina = new WebappSession(port).login("rina", "tasklist");
    HttpResponse<String> listed = rina.get("/api/archive?registrationNumber=LI-ARSIP");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode receipts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed.body());
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).get("receiptNumber").asText()).isEqualTo(receipt);
    assertThat(rina.get("/api/archive/documents/" + receipts.get(0).get("documents").get(0).get("id").asText()).statusCode())
        .isEqualTo(200);
    assertThat(new WebappSession(port).login("budi", "tasklist").get("/api/archive?registrationNumber=LI-ARSIP").statusCode())
        .isEqualTo(403);
    assertThat(RestClient.anonymous(port).get("/api/archive?registrationNumber=LI-ARSIP").status()).isEqualTo(401);
    assertThat(RestClient.as("sari", port).get("/api/archive").json().findValuesAsText("receiptNumber")).contains(receipt);
  }

  @Test
  void refusesEveryoneElseAndAnswersAnUnknownNumberWith404() {
    assertThat(RestClient.as("budi", port).get("/api/archive/" + receipt).status()).isEqualTo(403);
    assertThat(RestClient.as("andi", port).get("/api/archive/" + receipt).status()).isEqualTo(403);
    assertThat(RestClient.anonymous(port).get("/api/archive/" + receipt).status()).isEqualTo(401);
    assertThat(RestClient.as("rina", port).get("/api/archive/999/TT/PUSPAGA/I/1999").status()).isEqualTo(404);
    assertThat(RestClient.as("rina", port).get("/api/archive/documents/tidak-ada").status()).isEqualTo(404);
  }

  @Test
  void servesEachArchivedPdfWithItsChecksum() throws Exception {
    JsonNode listing = RestClient.as("sari", port).get("/api/archive/" + receipt).json();
    for (JsonNode document : listing.get("documents")) {
      HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/api/archive/documents/" + document.get("id").asText()))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rina:rina".getBytes(StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
      assertThat(pdf.headers().firstValue("X-Checksum-SHA256")).hasValue(checksum);
      assertThat(document.get("sha256").asText()).isEqualTo(checksum);
    }
    assertThat(jdbc.queryForObject("select count(*) from access_log where user_id = 'rina' and what = 'ARCHIVED_DOCUMENT'"
        + " and process_instance_id in (select process_instance_id from archive_document where receipt_number = ?)",
        Long.class, receipt)).as("each download in the access log").isEqualTo(listing.get("documents").size());
    assertThat(RestClient.as("budi", port).get("/api/archive/documents/" + listing.get("documents").get(0).get("id").asText())
        .status()).isEqualTo(403);
  }

  private void runAsyncSteps(ProcessInstance pi) {
    management.createJobQuery().processInstanceId(pi.getId()).messages().list().forEach(job -> management.executeJob(job.getId()));
  }
}
