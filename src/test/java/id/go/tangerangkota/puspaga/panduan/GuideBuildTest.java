package id.go.tangerangkota.puspaga.panduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class GuideBuildTest {

  @Test
  void linksBetweenGuidesBecomeLinksBetweenPagesAndOtherLinksStay() {
    String html = GuideBuild.render("Lihat [Panduan Ketua](ketua.md#masalah) dan [SOP](https://example.org/sop.md).");
    assertThat(html).contains("href=\"ketua#masalah\"", "href=\"https://example.org/sop.md\"");
  }

  @Test
  void everyGuideRendersToWellFormedXhtmlForThePdf() throws Exception {
    try (var guides = Files.list(Path.of("docs", "panduan"))) {
      for (Path guide : guides.filter(file -> file.toString().endsWith(".md")).toList()) {
        String html = GuideBuild.render(Files.readString(guide));
        // The PDF renderer parses the page as XML: a guide must not break it.
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8)));
        assertThat(html).as(guide.toString()).startsWith("<h1>");
      }
    }
  }
}
