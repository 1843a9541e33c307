package id.go.tangerangkota.puspaga.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.system.ModelerDeployment;
import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hardening setting of the prod profile, checked on the packaged jar started as a sysadmin
 * would (H2 file database, administrator from the environment).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionHardeningIT {

  private static final String ADMIN = "kepalatu";
  private static final String PASSWORD = "Rahasia-Kantor-2026!";

  @TempDir
  static Path workDir;

  static PackagedApplication app;

  @BeforeAll
  static void startInProduction() throws Exception {
    app = start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private static PackagedApplication start() throws Exception {
    PackagedApplication started = PackagedApplication.start(workDir,
        Map.of("PUSPAGA_SYSADMIN_ID", ADMIN, "PUSPAGA_SYSADMIN_PASSWORD", PASSWORD), "--spring.profiles.active=prod");
    started.awaitHealthy();
    return started;
  }

  @Test
  @Order(1)
  void sendsStrictTransportSecurityFromTheWebapps() throws Exception {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/", Map.of());
    assertThat(page.headers().firstValue("Strict-Transport-Security")).as(page.headers().map().toString())
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
  }

  @Test
  @Order(2)
  void refusesAWeakPasswordForANewStaffMember() {
    RestClient admin = RestClient.as(ADMIN, PASSWORD, app.port());
    RestClient.Response weak = admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "rina", "firstName", "Rina", "lastName", "Admin", "email", "rina@puspaga.example"),
        "credentials", Map.of("password", "rina")));
    assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
    assertThat(weak.json().get("message").asText()).startsWith("Kata sandi tidak memenuhi kebijakan kata sandi");
    assertThat(admin.get("/engine-rest/user?id=rina&maxResults=10").json()).as("not created").isEmpty();
  }

  @Test
  @Order(3)
  void refusesAModelThatReadsAnExternalEntity() throws Exception {
    String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"Definitions_Xxe\""
        + " targetNamespace=\"https://puspaga.test\"><bpmn:process id=\"Process_Xxe\" name=\"&secret;\" isExecutable=\"true\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" camunda:historyTimeToLive=\"P1D\">"
        + "<bpmn:startEvent id=\"StartEvent_Xxe\"/></bpmn:process></bpmn:definitions>";
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", "xxe");
    parts.put("xxe.bpmn", xxe.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> deployed = ModelerDeployment.deploy(app.port(), ADMIN, PASSWORD, parts);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(400);
    assertThat(deployed.body()).contains("DOCTYPE is disallowed").doesNotContain("root:");
    assertThat(RestClient.as(ADMIN, PASSWORD, app.port()).get("/engine-rest/process-definition?key=Process_Xxe&maxResults=10").json())
        .isEmpty();
  }

  @Test
  @Order(4)
  void answersErrorsWithoutStackTracesExceptionsOrInternalMessages() throws Exception {
    HttpResponse<String> api = get("/api/tidak-ada", Map.of("Accept", "application/json", "Authorization", basic()));
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).doesNotContain("trace", "exception", "at id.go", "at org.");
    HttpResponse<String> page = get("/halaman-tidak-ada", Map.of("Accept", "text/html"));
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Whitelabel", "Exception", "at org.", "Apache Tomcat/");
  }

  @Test
  @Order(5)
  void neverServesTheH2Console() throws Exception {
    for (String path : new String[] {"/h2-console", "/h2-console/", "/h2-console/login.do"}) {
      assertThat(get(path, Map.of("Authorization", basic())).statusCode()).as(path).isIn(401, 403, 404);
    }
  }

  @Test
  @Order(6)
  void keepsTheAdministratorInCamundaAdminAfterARestart() throws Exception {
    app.close();
    app = start();
    RestClient admin = RestClient.as(ADMIN, PASSWORD, app.port());
    assertThat(admin.get("/engine-rest/user?memberOfGroup=camunda-admin&maxResults=100").json().findValuesAsText("id")).containsExactly(ADMIN);
    assertThat(admin.get("/engine-rest/group/camunda-admin").status()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic() {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
