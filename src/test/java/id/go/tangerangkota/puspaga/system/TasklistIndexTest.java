package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our copy of Tasklist's index.html (it hides "Create task") must stay Camunda's page with that one
 * change: after a Camunda upgrade this fails until the copy is taken anew from the new webjar.
 */
class TasklistIndexTest {

  private static final String INDEX = "META-INF/resources/webjars/camunda/app/tasklist/index.html";

  @Test
  void isCamundasTasklistPageWithOnlyCreateTaskExcluded() throws Exception {
    List<String> pages = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(INDEX))) {
      try (InputStream in = url.openStream()) {
        pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(pages).as("ours first, then the webjar's").hasSize(2);
    String ours = pages.get(0);
    String camundas = pages.get(1);
    assertThat(ours).contains("cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"");
    assertThat(ours.replaceFirst("(?s)<!-- PUSPAGA:.*?-->\\n", "")
        .replace("\n        cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"/>", "/>"))
        .isEqualTo(camundas);
  }
}
