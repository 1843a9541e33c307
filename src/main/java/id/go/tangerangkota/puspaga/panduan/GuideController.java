package id.go.tangerangkota.puspaga.panduan;

import id.go.tangerangkota.puspaga.office.Letterhead;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.system.ClasspathTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The buku panduan in the application, after login (the webapps' session or HTTP Basic, as our
 * API): {@code /panduan/} opens the guide of the signed-in person's lane or role, each guide is a
 * page under the office's letterhead and downloads as a PDF through the document renderer.
 */
@RestController
class GuideController {

  private final IdentityService identity;
  private final OfficeRegistry offices;
  private final PdfRenderer renderer;
  private final TemplateEngine pages = ClasspathTemplates.engine("templates/panduan/", ".html", TemplateMode.HTML);

  GuideController(IdentityService identity, OfficeRegistry offices, PdfRenderer renderer) {
    this.identity = identity;
    this.offices = offices;
    this.renderer = renderer;
  }

  @GetMapping("/panduan/")
  ResponseEntity<String> mine() {
    Authentication caller = identity.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    String name = Guides.forGroups(groups).map(Guides.Guide::name).orElse("semua");
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/panduan/" + name)).build();
  }

  @GetMapping("/panduan/semua")
  ResponseEntity<String> index() {
    return page(Guides.INDEX, "Buku panduan");
  }

  @GetMapping("/panduan/{name}")
  ResponseEntity<String> guide(@PathVariable String name) {
    return page(name, known(name).title());
  }

  @GetMapping("/panduan/{name}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String name) {
    Guides.Guide guide = known(name);
    Map<String, Object> model = new HashMap<>();
    model.put("office", letterhead());
    model.put("documentTitle", guide.title());
    model.put("content", built(name));
    URL base = GuideController.class.getClassLoader().getResource(Guides.BUILT);
    byte[] pdf = renderer.render("panduan", model, base == null ? null : base.toString());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("panduan-" + name + ".pdf").build().toString())
        .body(pdf);
  }

  @GetMapping("/panduan/gambar/{file:[a-z0-9-]+\\.png}")
  ResponseEntity<byte[]> picture(@PathVariable String file) throws IOException {
    try (InputStream in = GuideController.class.getClassLoader().getResourceAsStream(Guides.BUILT + "gambar/" + file)) {
      if (in == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Gambar " + file + " tidak ada di panduan.");
      }
      return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(in.readAllBytes());
    }
  }

  private ResponseEntity<String> page(String name, String title) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", letterhead());
    model.put("title", title);
    model.put("name", name);
    model.put("guides", Guides.ALL);
    model.put("content", built(name));
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(pages.process("halaman", new Context(Locale.forLanguageTag("id-ID"), model)));
  }

  private static Guides.Guide known(String name) {
    return Guides.named(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Panduan \"" + name + "\" tidak ada. Panduan yang ada: " + Guides.ALL.stream().map(Guides.Guide::name).toList()));
  }

  /** A guide as GuideBuild made it at build time. */
  private static String built(String name) {
    try (InputStream in = GuideController.class.getClassLoader().getResourceAsStream(Guides.BUILT + name + ".html")) {
      if (in == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Panduan belum dibangun: jalankan ./mvnw package (atau process-classes) agar docs/panduan/ ikut dibangun.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the guide " + name + ": " + e.getMessage(), e);
    }
  }

  /** The letterhead of the office the person works in; the first office's for a person of none or several. */
  private Letterhead letterhead() {
    return OfficeScope.chosen(identity, null, offices).map(offices::of).orElseGet(offices::defaultOffice).letterhead();
  }
}
