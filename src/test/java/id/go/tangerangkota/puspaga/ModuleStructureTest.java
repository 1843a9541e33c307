package id.go.tangerangkota.puspaga;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The packages as Spring Modulith sees them: each feature package is a module, and no module
 * reaches back to one that depends on it (a circle fails the build). The module diagram in
 * docs/modules/ is drawn from the same analysis and must match the code.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(PuspagaApplication.class);

  @Test
  void featurePackagesDependOnlyDownwardsWithoutCircles() {
    MODULES.verify();
  }

  @Test
  void theModuleDiagramInTheDocsIsTheCodes() throws IOException {
    Path drawn = Path.of("target", "spring-modulith-docs");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString())).writeModulesAsPlantUml();
    Path committed = Path.of("docs", "modules", "components.puml");
    assertThat(committed)
        .as("docs/modules/components.puml is the package structure; after changing it, copy "
            + drawn.resolve("components.puml") + " there")
        .exists();
    // Compared as a set of lines: the order the analysis lists modules in is not part of the structure.
    assertThat(Files.readAllLines(committed)).containsExactlyInAnyOrderElementsOf(
        Files.readAllLines(drawn.resolve("components.puml")));
  }
}
