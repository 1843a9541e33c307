package id.go.tangerangkota.puspaga.browser;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import id.go.tangerangkota.puspaga.system.PackagedApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The buku panduan's pictures (docs/panduan/gambar/), taken from the packaged application in
 * Chromium as an office PC shows it: Bahasa Indonesia, 1366 by 768. Not part of the build's tests;
 * the command in docs/panduan/gambar/README.md runs it when the screens change:
 * {@code ./mvnw verify -Dpanduan.gambar=true -Dit.test=GuidePicturesIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "panduan.gambar", matches = "true")
class GuidePicturesIT {

  private static final Path PICTURES = Path.of("docs", "panduan", "gambar");

  @Test
  void picturesOfTheScreensTheGuidesDescribe(@TempDir Path workDir) throws Exception {
    assumeFalse("postgres".equals(System.getProperty("puspaga.it.database")));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    try (PackagedApplication app = PackagedApplication.start(workDir, Map.of());
        Chromium browser = Chromium.open("id-ID", "panduan", 1366, 768)) {
      app.awaitHealthy();
      Tasklist tasklist = new Tasklist(browser, app.port());
      Files.createDirectories(PICTURES);

      browser.driver().get("http://localhost:" + app.port() + "/camunda/app/tasklist/default/");
      tasklist.waitFor(By.cssSelector("input[ng-model='username']"));
      picture(browser, "masuk");

      // The administrator: a new member of staff in Admin.
      browser.driver().get("http://localhost:" + app.port() + "/camunda/app/admin/default/");
      try {
        tasklist.waitFor(By.cssSelector("input[ng-model='username']")).sendKeys("sysadmin");
        browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys("sysadmin");
        browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
        tasklist.waitFor(By.partialLinkText("Pengguna")).click();
        tasklist.waitFor(By.partialLinkText("Tambahkan pengguna")).click();
        tasklist.waitFor(By.cssSelector("input#inputUserId, input[name='id'], form input"));
        picture(browser, "buat-pengguna");
      } catch (RuntimeException e) {
        browser.screenshot("admin-debug");
        Files.writeString(Path.of("target", "admin-debug.html"), browser.driver().getPageSource());
        throw e;
      }
      browser.driver().manage().deleteAllCookies();

      // Admin: a request by telephone, registered and dispositioned.
      tasklist.loginToTasklist("rina");
      tasklist.openStartForm();
      tasklist.type("RequesterName", "Ibu Sri Wahyuni");
      tasklist.type("RequesterPhone", "0812-1111-2222");
      tasklist.choose("Topic", "Pengasuhan");
      tasklist.type("RequestBackground", "Warga RW 05 meminta penyuluhan pengasuhan.");
      tasklist.select("RequestChannel", "Telepon");
      tasklist.select("PersonalDataConsentGiven", "Persetujuan lisan (telepon/WhatsApp), dicatat petugas");
      picture(browser, "mulai-permohonan");
      tasklist.submitStartForm();
      tasklist.notification();
      tasklist.closeNotifications();
      tasklist.openTask("Tugas Admin", "Registrasi dan disposisi permohonan");
      picture(browser, "daftar-tugas");
      tasklist.claim();
      tasklist.choose("ServiceType", "Layanan informasi");
      tasklist.type("DispositionNotes", "Mohon dipetakan kebutuhannya.");
      picture(browser, "registrasi");
      tasklist.complete();
      tasklist.awaitCompleted("Registrasi dan disposisi permohonan");

      // The coordinator: the needs, then the work program.
      tasklist.loginToTasklist("budi");
      tasklist.openTask("Tugas Psikolog/Konselor", "Petakan kebutuhan masyarakat");
      tasklist.claim();
      tasklist.type("NeedsMap", "Orang tua RW 05 membutuhkan penyuluhan pengasuhan positif.");
      tasklist.complete();
      tasklist.awaitCompleted("Petakan kebutuhan masyarakat");
      tasklist.openTask("Tugas saya", "Ajukan program kerja");
      tasklist.typeInto(By.id("programTitle"), "Penyuluhan pengasuhan positif");
      tasklist.typeInto(By.id("programObjective"), "Orang tua memahami pengasuhan positif.");
      tasklist.typeInto(By.id("programEndDate"), SopInTheBrowserIT.Dates.typed(today.plusMonths(3)));
      tasklist.typeInto(By.cssSelector("input[name='activityTitle0']"), "Penyuluhan di balai RW 05");
      tasklist.typeInto(By.cssSelector("input[name='activityDate0']"), SopInTheBrowserIT.Dates.typed(today.plusMonths(1)));
      tasklist.click(By.cssSelector("button.add-activity"));
      tasklist.typeInto(By.cssSelector("input[name='activityTitle1']"), "Kelas orang tua");
      tasklist.typeInto(By.cssSelector("input[name='activityDate1']"), SopInTheBrowserIT.Dates.typed(today.plusMonths(2)));
      picture(browser, "ajukan-program");
      tasklist.complete();
      tasklist.awaitCompleted("Ajukan program kerja");

      // The Ketua: the review, then Kepatuhan SOP in Cockpit.
      tasklist.loginToTasklist("sari");
      tasklist.openTask("Tugas Ketua PUSPAGA", "Tinjau program kerja");
      tasklist.claim();
      tasklist.choose("WorkProgramApproved", "Setujui");
      tasklist.type("ReviewNotes", "Disetujui; laksanakan sesuai rencana.");
      picture(browser, "tinjau-program");
      tasklist.login("sari", "cockpit");
      tasklist.waitFor(By.cssSelector(".puspaga-kepatuhan table.kepatuhan-langkah"));
      tasklist.waitFor(By.cssSelector("a.puspaga-panduan"));
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "document.querySelector('.puspaga-kepatuhan').scrollIntoView()");
      picture(browser, "kepatuhan-sop");

    }
  }

  private static void picture(Chromium browser, String name) throws Exception {
    Thread.sleep(700);
    Files.write(PICTURES.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
  }
}
