package id.go.tangerangkota.puspaga.security;

import id.go.tangerangkota.puspaga.system.WebappSession;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.system.RestClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The two 2026 vulnerabilities of 7.24.0 CE that only paid patches fix, closed here, over real HTTP. */
@DemoApplicationTest
class KnownVulnerabilitiesIT {

  private static final String EXPRESSION_OR_QUERY =
      "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass().forName('java.lang.Runtime')}\"}]}";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  @Test
  void neverLetsAnyoneUseTheAdminSetupEndpointEvenWhenCamundaAdminHasNoDirectMember() {
    identity.deleteMembership("sysadmin", "camunda-admin");
    try {
      var response = new WebappSession(port).post("/camunda/api/admin/setup/default/user/create",
          "{\"profile\":{\"id\":\"eve\",\"firstName\":\"E\",\"lastName\":\"E\"},\"credentials\":{\"password\":\"Eve-123456789!\"}}");
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(identity.createUserQuery().userId("eve").count()).isZero();
    } finally {
      identity.createMembership("sysadmin", "camunda-admin");
    }
  }

  @Test
  void neverLetsAnyoneUseTheAdminSetupEndpoint() {
    WebappSession anonymous = new WebappSession(port);
    var response = anonymous.post("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\"},\"credentials\":{\"password\":\"Mallory-12345!\"}}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
    assertThat(new WebappSession(port).login("sysadmin", "admin")
        .post("/camunda/api/admin/setup/default/user/create", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void keepsADirectMemberInCamundaAdmin() {
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
  }

  @Test
  void refusesExpressionsInTaskQueriesOfTheEngineRestApi() {
    RestClient rina = RestClient.as("rina", port);
    assertThat(rina.post("/engine-rest/task", Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}")))).status())
        .isEqualTo(400);
    assertThat(rina.post("/engine-rest/task/count", Map.of("candidateGroupExpression", "#{'x'}")).status()).isEqualTo(400);
    assertThat(rina.get("/engine-rest/task?assigneeExpression=" + URLEncoder.encode("${currentUser()}", StandardCharsets.UTF_8)).status())
        .isEqualTo(400);
    assertThat(rina.post("/engine-rest/task", Map.of("candidateGroup", "administrasi")).status()).isEqualTo(200);
    assertThat(RestClient.anonymous(port).post("/engine-rest/task", Map.of("assigneeExpression", "${x}")).status()).isEqualTo(401);
  }

  @Test
  void refusesExpressionsInTaskQueriesOfTheWebappsEngineApiWhileSavedFiltersKeepWorking() {
    WebappSession rina = new WebappSession(port).login("rina", "tasklist");
    assertThat(rina.post("/camunda/api/engine/engine/default/task", EXPRESSION_OR_QUERY).statusCode()).isEqualTo(400);
    String filters = rina.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body();
    String mine = filters.replaceAll("(?s).*\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"Tugas saya\".*", "$1");
    assertThat(mine).doesNotContain("{");
    var list = rina.post("/camunda/api/engine/engine/default/filter/" + mine + "/list?firstResult=0&maxResults=15",
        "{\"processVariables\":[],\"taskVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(rina.post("/camunda/api/engine/engine/default/filter/" + mine + "/list",
        EXPRESSION_OR_QUERY).statusCode()).isEqualTo(400);
  }
}
