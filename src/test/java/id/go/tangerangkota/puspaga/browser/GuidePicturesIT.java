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
      String card = tasklist.openTask("Tugas Admin", "Registrasi dan disposisi permohonan");
      java.util.regex.Matcher number = java.util.regex.Pattern.compile("LI-[0-9-]+").matcher(card);
      org.assertj.core.api.Assertions.assertThat(number.find()).as(card).isTrue();
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
      tasklist.complete();
      tasklist.awaitCompleted("Tinjau program kerja");

      // The counsellor: each activity carried out, then reported.
      tasklist.loginToTasklist("dewi");
      for (int activity = 0; activity < 2; activity++) {
        tasklist.openTask("Tugas Psikolog/Konselor", "Laksanakan kegiatan");
        tasklist.claim();
        tasklist.type("ActivityHeldOn", SopInTheBrowserIT.Dates.typed(today));
        tasklist.type("ActivityParticipants", "25");
        tasklist.type("ActivityExecutor", "Dewi Konselor");
        if (activity == 0) {
          picture(browser, "laksanakan-kegiatan");
        }
        tasklist.complete();
        tasklist.awaitCompleted("Laksanakan kegiatan");
        tasklist.openTask("Tugas Psikolog/Konselor", "Laporkan kegiatan");
        tasklist.claim();
        tasklist.type("ActivitySummary", "Kegiatan terlaksana sesuai rencana.");
        tasklist.type("ActivityOutcome", "Peserta memahami materi; kelas lanjutan bulan depan.");
        if (activity == 0) {
          picture(browser, "laporkan-kegiatan");
        }
        tasklist.complete();
        tasklist.awaitCompleted("Laporkan kegiatan");
      }

      // The coordinator's report, the Ketua's coordination.
      tasklist.loginToTasklist("budi");
      tasklist.openTask("Tugas saya", "Susun laporan pelaksanaan program");
      tasklist.type("ProgramReportSummary", "Dua kegiatan terlaksana dengan 50 peserta.");
      tasklist.type("ProgramEvaluation", "Sesuai rencana.");
      picture(browser, "susun-laporan");
      tasklist.complete();
      tasklist.awaitCompleted("Susun laporan pelaksanaan program");
      tasklist.loginToTasklist("sari");
      tasklist.openTask("Tugas Ketua PUSPAGA", "Koordinasikan laporan pelaksanaan program");
      tasklist.claim();
      tasklist.type("CoordinationNotes", "Laporan diterima; lanjutkan ke arsip.");
      picture(browser, "koordinasi-laporan");
      tasklist.complete();
      tasklist.awaitCompleted("Koordinasikan laporan pelaksanaan program");

      // Admin: the documents, the archive step, the Arsip page.
      tasklist.loginToTasklist("rina");
      tasklist.openTask("Tugas Admin", "Arsipkan laporan pelaksanaan program");
      tasklist.claim();
      tasklist.documents();
      picture(browser, "dokumen");
      tasklist.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Formulir']"));
      tasklist.check("FilesReceived");
      picture(browser, "arsipkan");
      tasklist.complete();
      tasklist.awaitCompleted("Arsipkan laporan pelaksanaan program");
      browser.driver().get("http://localhost:" + app.port() + "/arsip/");
      tasklist.waitFor(By.id("nomor")).sendKeys(number.group(), org.openqa.selenium.Keys.ENTER);
      tasklist.waitFor(By.cssSelector("section.tanda-terima"));
      picture(browser, "arsip");

      // The Ketua's Kepatuhan SOP in Cockpit, with the request's steps counted.
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
