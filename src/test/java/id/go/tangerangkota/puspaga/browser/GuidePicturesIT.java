package id.go.tangerangkota.puspaga.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import id.go.tangerangkota.puspaga.system.PackagedApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buku panduan's pictures (docs/panduan/gambar/), taken from the packaged application in
 * Chromium as an office PC shows it: Bahasa Indonesia, 1366 by 768. Not part of the build's tests;
 * the command in docs/panduan/gambar/README.md runs it when the screens change:
 * {@code ./mvnw verify -Dpanduan.gambar=true -Dit.test=GuidePicturesIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "panduan.gambar", matches = "true")
class GuidePicturesIT {

  private static final Path PICTURES = Path.of("docs", "panduan", "gambar");
  /** The editor inside Camunda Modeler 5 (its canvas and properties panel), from npm. */
  private static final String MODELER_EDITOR = "camunda-bpmn-js@5.35.0";

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
        WebElement users = tasklist.waitFor(By.partialLinkText("Pengguna"));
        picture(browser, "admin-dasbor");
        users.click();
        tasklist.waitFor(By.partialLinkText("Tambahkan pengguna")).click();
        tasklist.waitFor(By.cssSelector("input#inputUserId, input[name='id'], form input"));
        picture(browser, "buat-pengguna");
        // A member of staff's groups, office and password: dewi's, as the demo has her.
        String user = "http://localhost:" + app.port() + "/camunda/app/admin/default/#/users/dewi?tab=";
        browser.driver().get(user + "groups");
        clickShown(tasklist, "Tambahkan ke grup");
        tasklist.waitFor(By.cssSelector(".modal-dialog"));
        picture(browser, "tambah-grup");
        clickShown(tasklist, "Tutup");
        browser.driver().get(user + "tenants");
        clickShown(tasklist, "Tambahkan ke tenant");
        tasklist.waitFor(By.cssSelector(".modal-dialog"));
        picture(browser, "tambah-tenant");
        clickShown(tasklist, "Tutup");
        browser.driver().get(user + "account");
        tasklist.waitFor(By.xpath("//button[normalize-space(.)='Ubah kata sandi']"));
        picture(browser, "kata-sandi");
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
      Matcher number = Pattern.compile("LI-[0-9-]+").matcher(card);
      assertThat(number.find()).as(card).isTrue();
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
      picture(browser, "petakan-kebutuhan");
      tasklist.complete();
      tasklist.awaitCompleted("Petakan kebutuhan masyarakat");

      // The administrator hands a task of someone who left to a colleague (shown, then cancelled).
      tasklist.loginToTasklist("sysadmin");
      tasklist.openTask("Tugas Psikolog/Konselor", "Ajukan program kerja");
      tasklist.click(By.cssSelector("li.assignee .view-value"));
      WebElement assignee = tasklist.waitFor(By.cssSelector("li.assignee input"));
      assignee.sendKeys(Keys.chord(Keys.CONTROL, "a"), "dewi");
      picture(browser, "alihkan-tugas");
      assignee.sendKeys(Keys.ESCAPE);
      tasklist.waitFor(By.xpath("//li[contains(@class,'assignee')]//*[normalize-space(.)='Budi Koordinator']"));
      tasklist.loginToTasklist("budi");
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
      tasklist.click(By.cssSelector("li .due-date .view-value"));
      tasklist.waitFor(By.cssSelector(".cam-widget-inline-field.datepicker .uib-daypicker"));
      picture(browser, "tenggat");
      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      tasklist.waitFor(By.cssSelector("li .due-date .view-value"));
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
      tasklist.waitFor(By.id("nomor")).sendKeys(number.group(), Keys.ENTER);
      tasklist.waitFor(By.cssSelector("section.tanda-terima"));
      picture(browser, "arsip");

      // The Ketua's Kepatuhan SOP in Cockpit, with the request's steps counted.
      tasklist.login("sari", "cockpit");
      tasklist.waitFor(By.cssSelector(".puspaga-kepatuhan table.kepatuhan-langkah"));
      tasklist.waitFor(By.cssSelector("a.puspaga-panduan"));
      ((JavascriptExecutor) browser.driver()).executeScript(
          "document.querySelector('.puspaga-kepatuhan').scrollIntoView()");
      picture(browser, "kepatuhan-sop");
      tasklist.click(By.cssSelector(".kepatuhan-laporan-bulanan button.kepatuhan-buat-laporan"));
      tasklist.waitFor(By.cssSelector(".kepatuhan-laporan-daftar a"));
      ((JavascriptExecutor) browser.driver()).executeScript(
          "document.querySelector('.kepatuhan-laporan-bulanan').scrollIntoView()");
      picture(browser, "laporan-bulanan");

      // The analyst's model as Camunda Modeler shows it.
      modeler(browser, workDir);
      showInModeler(browser, "Task_ReviewWorkProgram", "User assignment");
      picture(browser, "model-tenggat");
      showInModeler(browser, "BoundaryEvent_ReviewWorkProgramOverdue", "Timer");
      picture(browser, "model-timer");
    }
  }

  /** A button or link of that text that is shown (Admin keeps the other tabs' buttons in the page, hidden). */
  private static void clickShown(Tasklist tasklist, String text) {
    By candidates = By.xpath("//*[(self::a or self::button) and normalize-space(.)='" + text + "']");
    WebElement shown = new WebDriverWait(tasklist.driver(), Duration.ofSeconds(30))
        .until(d -> d.findElements(candidates).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    tasklist.press(shown);
  }

  /**
   * The model in Camunda Modeler's own editor: camunda-bpmn-js, the canvas and properties panel the
   * desktop Modeler is built from (the desktop application itself is out of a browser's reach),
   * fetched from npm at the version below, with the model from processes/. Fetched here with
   * {@code npm pack} rather than as a devDependency in package.json: there, every build and CI run
   * would download the editor and its dependencies for pictures that are only taken by hand.
   */
  private static void modeler(Chromium browser, Path workDir) throws Exception {
    Path dist = Path.of("target", "camunda-bpmn-js", "package", "dist").toAbsolutePath();
    if (!Files.exists(dist)) {
      Path folder = Files.createDirectories(dist.getParent().getParent());
      run(folder, "npm", "pack", "--silent", MODELER_EDITOR);
      try (var packed = Files.list(folder)) {
        run(folder, "tar", "xzf", packed.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElseThrow().toString());
      }
    }
    String model = Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"));
    Path page = workDir.resolve("modeler.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        + "<link rel='stylesheet' href='" + dist.toUri() + "assets/camunda-platform-modeler.css'>"
        + "<style>html,body{margin:0;height:100%;font-family:sans-serif}"
        + "#canvas{position:absolute;left:0;top:0;bottom:0;right:340px}"
        + "#props{position:absolute;right:0;top:0;bottom:0;width:340px;border-left:1px solid #ccc;overflow:auto}</style>"
        + "<script src='" + dist.toUri() + "camunda-platform-modeler.development.js'></script></head><body>"
        + "<div id='canvas'></div><div id='props'></div><script>"
        + "window.modeler = new BpmnModeler({container: '#canvas', propertiesPanel: {parent: '#props'}});"
        + "window.modeler.importXML(" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(model)
        + ").then(() => window.imported = 'ok').catch(e => window.imported = String(e));"
        + "</script></body></html>");
    browser.driver().get(page.toUri().toString());
    Object imported = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> ((JavascriptExecutor) d).executeScript("return window.imported"));
    assertThat(imported).as("the model opens in Modeler's editor").isEqualTo("ok");
  }

  /** Selects the element in the middle of the canvas and opens that group of its properties. */
  private static void showInModeler(Chromium browser, String elementId, String group) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "const m = window.modeler, e = m.get('elementRegistry').get(arguments[0]), c = m.get('canvas');"
            + "const box = c.getContainer().getBoundingClientRect();"
            + "c.viewbox({x: e.x + e.width / 2 - box.width / 2, y: e.y + e.height / 2 - box.height / 2,"
            + " width: box.width, height: box.height});"
            + "m.get('selection').select(e);", elementId);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(
        By.xpath("//*[contains(@class,'bio-properties-panel-group-header-title') and normalize-space(.)='" + group + "']")))
        .click();
  }

  private static void run(Path folder, String... command) throws Exception {
    // Not the test's own output: the forked test JVM's stdout is Maven's channel.
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("fetch.log").toFile())).start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  private static void picture(Chromium browser, String name) throws Exception {
    Thread.sleep(700);
    Files.write(PICTURES.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
  }
}
