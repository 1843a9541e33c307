package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Docker is not on the build machines, so docker-compose.yml is checked here instead: it parses,
 * each service has what the stack needs, and every variable it reads from .env is documented in
 * .env.example. ComposeEnvironmentIT then starts the jar with the app service's environment.
 */
class ComposeFileTest {

  private final ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));

  @Test
  void definesThePostgresAppAndMailpitServicesEachWithAHealthcheck() {
    assertThat(compose.services()).containsOnlyKeys("postgres", "app", "mailpit");
    compose.services().forEach((name, service) -> assertThat(compose.healthcheck(name)).as(name).isNotEmpty());
    assertThat(String.join(" ", compose.healthcheck("app"))).contains("http://localhost:8080/actuator/health");
    assertThat(String.join(" ", compose.healthcheck("postgres"))).contains("pg_isready");
  }

  @Test
  void runsThePostgresReleaseTheTestsRunOn() throws IOException {
    Matcher version = Pattern.compile("<postgresql-server.version>(\\d+)\\.(\\d+)\\.\\d+</postgresql-server.version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).isTrue();
    assertThat(compose.service("postgres").get("image")).isEqualTo("postgres:" + version.group(1) + "." + version.group(2));
    assertThat(compose.service("postgres").get("volumes").toString()).contains("postgres-data:/var/lib/postgresql/data");
    assertThat(compose.document().get("volumes")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsKey("postgres-data");
  }

  @Test
  void buildsTheAppFromTheDockerfileWithProdOnPostgresAfterTheDatabaseIsHealthy() {
    Map<String, Object> app = compose.service("app");
    assertThat(app.get("build")).isEqualTo(".");
    assertThat(Path.of("Dockerfile")).exists();
    assertThat(app.get("depends_on").toString()).contains("postgres={condition=service_healthy}");
    assertThat(app.get("ports")).isEqualTo(List.of("8080:8080"));
    assertThat(compose.environment("app")).containsEntry("SPRING_PROFILES_ACTIVE", "postgres,prod")
        .containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            "PUSPAGA_SYSADMIN_ID", "PUSPAGA_SYSADMIN_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT");
    assertThat(compose.environment("app").get("SPRING_MAIL_HOST")).isEqualTo("mailpit");
    assertThat(compose.service("mailpit").get("ports")).isEqualTo(List.of("8025:8025"));
  }

  @Test
  void theImageStartsWithTheClassDataArchiveItsTrainingRunWroteForTheExtractedJar() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile).contains("java -Djarmode=tools -jar puspaga.jar extract --destination /extracted",
        "COPY --from=build /extracted /app",
        "java -XX:ArchiveClassesAtExit=/app/puspaga.jsa -Dspring.context.exit=onRefresh -jar /app/puspaga.jar",
        "ENTRYPOINT [\"java\", \"-XX:SharedArchiveFile=/app/puspaga.jsa\", \"-jar\", \"/app/puspaga.jar\"]");
  }

  @Test
  void documentsEveryVariableItReadsFromTheEnvFileAndNoOther() throws IOException {
    List<String> example = Files.readAllLines(Path.of(".env.example"));
    Map<String, String> documented = new java.util.LinkedHashMap<>();
    for (int i = 0; i < example.size(); i++) {
      Matcher assignment = Pattern.compile("^([A-Z_]+)=(.*)$").matcher(example.get(i));
      if (assignment.matches()) {
        assertThat(example.get(i - 1)).as("comment above " + assignment.group(1)).startsWith("# ");
        documented.put(assignment.group(1), assignment.group(2));
      }
    }
    Set<String> read = compose.interpolatedVariables();
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(read);
    // Secrets are left empty in the example: nobody runs with a password copied from the repository.
    assertThat(documented.get("POSTGRES_PASSWORD")).isEmpty();
    assertThat(documented.get("PUSPAGA_SYSADMIN_PASSWORD")).isEmpty();
    assertThat(compose.requiredVariables()).contains("POSTGRES_PASSWORD", "PUSPAGA_SYSADMIN_ID", "PUSPAGA_SYSADMIN_PASSWORD");
  }

  @Test
  void isDocumentedInTheReadme() throws IOException {
    assertThat(Files.readString(Path.of("docs", "operations.md"))).contains("docker compose up", "cp .env.example .env");
  }
}
