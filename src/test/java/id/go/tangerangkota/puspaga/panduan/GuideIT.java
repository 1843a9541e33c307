package id.go.tangerangkota.puspaga.panduan;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.layanan.PdfText;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The buku panduan in the application: after login only, each person's own guide first, as a page and a PDF. */
@DemoApplicationTest
class GuideIT {

  @LocalServerPort
  int port;

  @Test
  void theGuidesAreForStaffOnly() {
    assertThat(RestClient.anonymous(port).get("/panduan/").status()).isEqualTo(401);
    assertThat(RestClient.anonymous(port).get("/panduan/admin").status()).isEqualTo(401);
    assertThat(RestClient.anonymous(port).get("/panduan/admin.pdf").status()).isEqualTo(401);
  }

  @Test
  void eachPersonIsSentToTheGuideOfTheirLane() throws Exception {
    assertThat(redirect("rina")).isEqualTo("/panduan/admin");
    assertThat(redirect("budi")).isEqualTo("/panduan/konselor");
    assertThat(redirect("sari")).isEqualTo("/panduan/ketua");
    assertThat(redirect("andi")).isEqualTo("/panduan/analis");
    assertThat(redirect("sysadmin")).isEqualTo("/panduan/administrator");
    assertThat(redirect("pantau")).as("a person without a guide of their own: all guides").isEqualTo("/panduan/semua");
  }

  @Test
  void aGuideIsAPageUnderTheOfficesLetterheadWithItsPictures() {
    RestClient rina = RestClient.as("rina", port);
    RestClient.Response page = rina.get("/panduan/admin", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Panduan Admin</h1>", "PEMERINTAH KOTA TANGERANG", "Unduh PDF",
        "<h2>Masalah yang sering terjadi</h2>", "src=\"gambar/masuk.png\"", "<strong>Klaim</strong>",
        "name=\"viewport\"");
    assertThat(rina.getBytes("/panduan/gambar/masuk.png")).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(RestClient.as("tika", port).get("/panduan/admin", "text/html").body())
        .as("another office's letterhead").contains("KOTA TANGERANG SELATAN");
    assertThat(rina.get("/panduan/semua", "text/html").body()).contains("<h1>Buku panduan PUSPAGA</h1>",
        "href=\"konselor\"");
    RestClient.Response unknown = rina.get("/panduan/bendahara", "text/html");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void eachGuideDownloadsAsAPdfWithTheLetterheadAndThePictures() throws Exception {
    byte[] pdf = RestClient.as("sari", port).getBytes("/panduan/ketua.pdf");
    String text = PdfText.of(pdf);
    assertThat(text).contains("PEMERINTAH KOTA TANGERANG", "PUSAT PEMBELAJARAN KELUARGA", "Panduan Ketua PUSPAGA",
        "Tinjau program kerja", "Masalah yang sering terjadi");
    long pictures = GuideDriftTest.PICTURE.matcher(Files.readString(Path.of("docs", "panduan", "ketua.md"))).results()
        .filter(picture -> picture.group(1).startsWith("gambar/")).count();
    assertThat(pictures).isGreaterThan(1);
    assertThat(screenshotsIn(pdf)).as("the guide's screenshots, printed").isEqualTo(pictures);
  }

  /** The PDF's images of a screen's width (the letterhead's emblem is far smaller). */
  private static long screenshotsIn(byte[] pdf) throws IOException {
    long count = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image
              && image.getWidth() >= 1000) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private String redirect(String user) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/panduan/")).header("Authorization", "Basic " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(user).isEqualTo(303);
    return response.headers().firstValue("Location").orElseThrow();
  }
}
