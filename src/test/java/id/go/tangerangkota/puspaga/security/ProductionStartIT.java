package id.go.tangerangkota.puspaga.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.system.PackagedApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged jar started as a sysadmin would, with the prod profile. */
class ProductionStartIT {

  private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:prod-start;DB_CLOSE_DELAY=-1";

  @TempDir
  Path workDir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing id          | ''           | ''                   | PUSPAGA_SYSADMIN_ID is not set",
      "missing password    | admin        | ''                   | PUSPAGA_SYSADMIN_PASSWORD is not set",
      "short password      | admin        | Pendek-123           | PUSPAGA_SYSADMIN_PASSWORD is shorter than 12 characters",
      "known default       | admin        | password1234         | PUSPAGA_SYSADMIN_PASSWORD is a known default",
      "id not allowed      | kepala-tu    | Rahasia-Kantor-2026! | PUSPAGA_SYSADMIN_ID may contain only letters and digits",
      "password equals id  | kepalatu2026 | kepalatu2026         | PUSPAGA_SYSADMIN_PASSWORD is a known default password or equals a user id"})
  void refusesToStartWithAnUnsafeAdministratorAccount(String rule, String id, String password, String message)
      throws Exception {
    try (PackagedApplication app = PackagedApplication.start(workDir, environment(id, password), "--spring.profiles.active=prod", DATABASE)) {
      assertThat(app.awaitExit()).as(app.output()).isNotZero();
      assertThat(app.output()).contains(message);
    }
  }

  @Test
  void startsWithoutDemoUsersAndWithTheAdministratorFromTheEnvironment() throws Exception {
    try (PackagedApplication app = PackagedApplication.start(workDir, environment("kepalatu", "Rahasia-Kantor-2026!"),
        "--spring.profiles.active=prod", DATABASE)) {
      app.awaitHealthy();
      int port = app.port();
      assertThat(basic(port, "rina", "rina", "/engine-rest/user?maxResults=100")).isEqualTo(401);
      assertThat(basic(port, "kepalatu", "Rahasia-Kantor-2026!", "/engine-rest/user?maxResults=100")).isEqualTo(200);
      // queryMaxResultsLimit is on: an unbounded list is refused.
      assertThat(basic(port, "kepalatu", "Rahasia-Kantor-2026!", "/engine-rest/user")).isEqualTo(400);
      assertThat(basic(port, "kepalatu", "Rahasia-Kantor-2026!", "/engine-rest/group/camunda-admin")).isEqualTo(200);
      List<String> cookies = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/camunda/app/admin/default/")).build(), HttpResponse.BodyHandlers.discarding())
          .headers().allValues("Set-Cookie");
      assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(session -> assertThat(session)
          .containsPattern("(?i);\\s*Secure").containsPattern("(?i);\\s*HttpOnly").containsIgnoringCase("SameSite=Lax"));
      assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).singleElement().satisfies(csrf -> assertThat(csrf)
          .containsPattern("(?i);\\s*Secure").containsIgnoringCase("SameSite=Lax"));
    }
  }

  private static Map<String, String> environment(String id, String password) {
    Map<String, String> environment = new HashMap<>();
    if (!id.isEmpty()) {
      environment.put("PUSPAGA_SYSADMIN_ID", id);
    }
    if (!password.isEmpty()) {
      environment.put("PUSPAGA_SYSADMIN_PASSWORD", password);
    }
    return environment;
  }

  private static int basic(int port, String user, String password, String path) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
