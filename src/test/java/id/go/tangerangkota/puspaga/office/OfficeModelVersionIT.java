package id.go.tangerangkota.puspaga.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.ModelerDeployment;
import id.go.tangerangkota.puspaga.system.Phone;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An office's own version of the SOP, deployed from Modeler with its tenant id (docs/offices.md):
 * only that office's people may deploy it, it serves that office only (its public page, its
 * Tasklist start, its Ketua's figures), and every other office keeps the shared model.
 */
@DemoApplicationTest
class OfficeModelVersionIT {

  private static final String KEY = "puspaga-layanan-informasi";
  /** Step 2's limit in the shared model, on its due date and its timer: the only two of 7 working days. */
  private static final String STEP_2 = "${sopDeadline.workingDays(7)}";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;

  @AfterEach
  void onlyTheSharedModelAgain() {
    repository.createDeploymentQuery().tenantIdIn("3674").list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void anOfficesAnalystDeploysItsOwnVersionWhichServesThatOfficeOnly() throws Exception {
    String own = Files.readString(Path.of("processes", KEY + ".bpmn")).replace(STEP_2, STEP_2.replace("(7)", "(6)"));
    long deployments = repository.createDeploymentQuery().count();

    assertRefused(deploy("andi", own, "3674"), "Anda bukan petugas kantor 3674");
    assertRefused(deploy("bayu", own, null), "Model bersama berlaku untuk semua kantor");
    assertRefused(deploy("bayu", own, "9999"), "Tenant ID \"9999\" tidak terdaftar");
    assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);

    HttpResponse<String> deployed = deploy("bayu", own, "3674");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String ownDefinition = definitionsFor("sysadmin").stream().filter(d -> "3674".equals(text(d, "tenantId")))
        .map(d -> text(d, "id")).findFirst().orElseThrow();

    // Tasklist's start list: the office's people see their version beside the shared one, the other office only the shared.
    assertThat(definitionsFor("tika")).extracting(d -> text(d, "tenantId")).containsExactlyInAnyOrder(null, "3674");
    assertThat(definitionsFor("rina")).extracting(d -> text(d, "tenantId")).containsExactly((String) null);
    RestClient.Response started = RestClient.as("tika", port).post("/engine-rest/process-definition/" + ownDefinition
        + "/start", Map.of());
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(text(started.json(), "tenantId")).isEqualTo("3674");

    // The public pages start each office's own model.
    assertThat(definitionOfPublicRequest("/permohonan/kota-tangerang-selatan", "3674")).isEqualTo(ownDefinition);
    assertThat(definitionOfPublicRequest("/permohonan/kota-tangerang", "3671")).isNotEqualTo(ownDefinition)
        .startsWith(KEY + ":");

    // Each Ketua's figures follow the model her office runs.
    assertThat(stepTwoLimit("wulan")).isEqualTo("6 hari kerja");
    assertThat(stepTwoLimit("sari")).isEqualTo("7 hari kerja");

    // Back to the shared model: not while requests run on the office's version, unless they go with it.
    String deployment = new ObjectMapper().readTree(deployed.body()).get("id").asText();
    RestClient sysadmin = RestClient.as("sysadmin", port);
    assertThat(sysadmin.delete("/engine-rest/deployment/" + deployment).status()).isNotEqualTo(204);
    assertThat(sysadmin.delete("/engine-rest/deployment/" + deployment + "?cascade=true").status()).isEqualTo(204);
    assertThat(definitionOfPublicRequest("/permohonan/kota-tangerang-selatan", "3674")).isNotEqualTo(ownDefinition)
        .startsWith(KEY + ":");
    assertThat(stepTwoLimit("wulan")).isEqualTo("7 hari kerja");
  }

  private HttpResponse<String> deploy(String user, String bpmn, String tenant) throws Exception {
    Map<String, Object> parts = ModelerDeployment.parts(bpmn);
    if (tenant != null) {
      parts.put("tenant-id", tenant);
    }
    return ModelerDeployment.deploy(port, user, parts);
  }

  private static void assertRefused(HttpResponse<String> answer, String reason) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(answer.body()).get("message").asText())
        .startsWith("Model ditolak, tidak ada yang di-deploy.").contains(reason);
  }

  private List<JsonNode> definitionsFor(String user) {
    List<JsonNode> definitions = new ArrayList<>();
    RestClient.as(user, port).get("/engine-rest/process-definition?key=" + KEY + "&latestVersion=true")
        .json().forEach(definitions::add);
    return definitions;
  }

  /** A requester sends the office's public form; the definition its request runs, as the platform sees it. */
  private String definitionOfPublicRequest(String path, String office) throws Exception {
    Phone phone = new Phone(port);
    HttpResponse<String> sent = phone.submit(path, phone.get(path).body(), Map.of("requesterName", "Ibu Ani Lestari",
        "requesterPhone", "0812-3456-7890", "topic", "PENGASUHAN", "requestBackground", "Penyuluhan pola asuh remaja.",
        "consent", "ya"));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    Matcher number = Pattern.compile("id=\"nomor-registrasi\">(LI-" + office + "-\\d{4}-\\d{4})<").matcher(sent.body());
    assertThat(number.find()).as(sent.body()).isTrue();
    JsonNode instances = RestClient.as("sysadmin", port).get("/engine-rest/process-instance?businessKey=" + number.group(1))
        .json();
    assertThat(instances).hasSize(1);
    return text(instances.get(0), "definitionId");
  }

  private String stepTwoLimit(String ketua) {
    RestClient.Response figures = RestClient.as(ketua, port).get("/api/compliance");
    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    return text(figures.json().get("steps").get(1), "limit");
  }

  private static String text(JsonNode node, String field) {
    return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
  }
}
