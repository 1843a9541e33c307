package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script we give the webapps (each app's config.js and our plugins) is a JavaScript module
 * that parses: one that does not stops the whole webapp at its loading spinner, with no message
 * (Admin and the welcome page did, for a comment left open). Checked by Node.js, which the build
 * already needs for bpmnlint.
 */
class WebappScriptsTest {

  private static final Path WEBAPPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

  @Test
  void everyWebappScriptParsesAsAModule(@TempDir Path work) throws IOException, InterruptedException {
    List<Path> scripts;
    try (Stream<Path> files = Files.walk(WEBAPPS)) {
      scripts = files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
    }
    assertThat(scripts).as("config.js of admin, cockpit, tasklist and welcome, and the plugins").hasSizeGreaterThan(8);
    List<String> failures = new ArrayList<>();
    for (Path script : scripts) {
      // As a module (.mjs), as the webapps load them.
      Path module = work.resolve("script.mjs");
      Files.copy(script, module, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Process node = new ProcessBuilder("node", "--check", module.toString()).redirectErrorStream(true).start();
      String output = new String(node.getInputStream().readAllBytes());
      if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
        failures.add(WEBAPPS.relativize(script) + ": " + output.strip());
      }
    }
    assertThat(failures).isEmpty();
  }
}
