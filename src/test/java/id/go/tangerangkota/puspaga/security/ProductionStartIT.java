package id.go.tangerangkota.puspaga.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged jar started as a sysadmin would, with the prod profile. */
class ProductionStartIT {

  @TempDir
  Path workDir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing id          | ''       | ''                    | PUSPAGA_SYSADMIN_ID is not set",
      "missing password    | admin    | ''                    | PUSPAGA_SYSADMIN_PASSWORD is not set",
      "short password      | admin    | Pendek-123            | PUSPAGA_SYSADMIN_PASSWORD is shorter than 12 characters",
      "known default       | admin    | password1234          | PUSPAGA_SYSADMIN_PASSWORD is a known default",
      "id not allowed      | kepala-tu | Rahasia-Kantor-2026! | PUSPAGA_SYSADMIN_ID may contain only letters and digits",
      "password equals id  | kepalatu2026 | kepalatu2026     | PUSPAGA_SYSADMIN_PASSWORD is a known default password or equals a user id"})
  void refusesToStartWithAnUnsafeAdministratorAccount(String rule, String id, String password, String message)
      throws Exception {
    Process app = start(freePort(), id, password);
    assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the process ends by itself").isTrue();
    String output = Files.readString(workDir.resolve("out.log"));
    assertThat(app.exitValue()).as(output).isNotZero();
    assertThat(output).contains(message);
  }

  @Test
  void startsWithoutDemoUsersAndWithTheAdministratorFromTheEnvironment() throws Exception {
    int port = freePort();
    Process app = start(port, "kepalatu", "Rahasia-Kantor-2026!");
    try {
      awaitHealthy(port, app);
      assertThat(basic(port, "rina", "rina", "/engine-rest/user")).isEqualTo(401);
      assertThat(basic(port, "kepalatu", "Rahasia-Kantor-2026!", "/engine-rest/user?maxResults=100")).isEqualTo(200);
      // queryMaxResultsLimit is on: an unbounded list is refused.
      assertThat(basic(port, "kepalatu", "Rahasia-Kantor-2026!", "/engine-rest/user")).isEqualTo(400);
      assertThat(basic(port, "kepalatu", "Rahasia-Kantor-2026!", "/engine-rest/group/camunda-admin")).isEqualTo(200);
    } finally {
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private Process start(int port, String id, String password) throws IOException {
    File jar = Files.list(Path.of("target"))
        .filter(p -> p.getFileName().toString().matches("puspaga-workflow-.*\\.jar"))
        .findFirst().orElseThrow().toFile();
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.getAbsolutePath(),
        "--spring.profiles.active=prod", "--server.port=" + port,
        "--spring.datasource.url=jdbc:h2:mem:prod-start;DB_CLOSE_DELAY=-1"))
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("out.log").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("PUSPAGA_"));
    if (!id.isEmpty()) {
      env.put("PUSPAGA_SYSADMIN_ID", id);
    }
    if (!password.isEmpty()) {
      env.put("PUSPAGA_SYSADMIN_PASSWORD", password);
    }
    return builder.start();
  }

  private void awaitHealthy(int port, Process app) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      assertThat(app.isAlive()).as(() -> read("out.log")).isTrue();
      try {
        if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not healthy in time: " + read("out.log"));
  }

  private String read(String file) {
    try {
      return Files.readString(workDir.resolve(file));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static int basic(int port, String user, String password, String path) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
