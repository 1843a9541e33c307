package id.go.tangerangkota.puspaga.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.ModelerDeployment;
import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import java.nio.file.Files;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The SOP as staff meet it: the packaged application (demo profile, H2, job executor on) in a
 * real Chromium, every step through Tasklist's own pages. Screenshots of every step are under
 * target/browser-screenshots/, and each page's load time is printed ("[browser] ...").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SopInTheBrowserIT {

  static PackagedApplication app;

  @BeforeAll
  static void start(@TempDir Path workDir) throws Exception {
    // Once per build: the browser is what is tested here, not the database (the build's second run is on PostgreSQL).
    assumeFalse("postgres".equals(System.getProperty("puspaga.it.database")));
    app = PackagedApplication.start(workDir, Map.of());
    app.awaitHealthy();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  /** The demo staff of an office: Admin, the coordinator, a counsellor, the Ketua. */
  record Staff(String office, String admin, String coordinator, String counsellor, String ketua) {}

  static Staff staffOf(String office) {
    return "3674".equals(office) ? new Staff("3674", "tika", "joko", "joko", "wulan")
        : new Staff("3671", "rina", "budi", "dewi", "sari");
  }

  /**
   * The offices whose walk runs: Kota Tangerang's, or those {@code -Dbrowser.walk-offices} names
   * ("3671,3674"). The second office's request goes through all nine steps in GuideFollowingIT,
   * by its own staff; walking it here as well cost the build two minutes for no other check.
   */
  static java.util.stream.Stream<String> walks() {
    List<String> offices = List.of(System.getProperty("browser.walk-offices", "3671").split(","));
    return offices.stream().map(office -> "id-ID " + office.strip());
  }

  /** In each office of the demo, by its own staff, in Indonesian (English browsers: the scenarios below). */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("walks")
  @Order(1)
  void aRequestWalksThroughAllNineStepsInTasklist(String languageAndOffice) {
    String language = languageAndOffice.split(" ")[0];
    Staff staff = staffOf(languageAndOffice.split(" ")[1]);
    Staff other = staffOf("3671".equals(staff.office()) ? "3674" : "3671");
    LocalDate today = serverToday();
    // The other office has work open meanwhile, which this office's people must not see.
    RestClient otherAdmin = RestClient.as(other.admin(), app.port());
    String othersRequest = new RequestWalk(otherAdmin, otherAdmin, otherAdmin, RestClient.as("sysadmin", app.port()))
        .start("x");
    String othersNumber = RestClient.as(other.ketua(), app.port()).get("/engine-rest/process-instance/" + othersRequest)
        .json().get("businessKey").asText();
    try {
    inBrowser(language, "walk-" + language + "-" + staff.office(), browser -> {
      Tasklist tasklist = new Tasklist(browser, app.port());

      // Step 1, Admin: the request from the start form, then its registration and disposition.
      tasklist.loginToTasklist(staff.admin());
      tasklist.waitFor(By.cssSelector("a.puspaga-arsip"));
      // The buku panduan, from Tasklist's header.
      assertThat(tasklist.waitFor(By.cssSelector("a.puspaga-panduan")).getAttribute("href")).endsWith("/panduan/");
      browser.screenshot("rina-tasklist");
      tasklist.openStartForm();
      tasklist.type("RequesterName", "Ibu Sri Wahyuni");
      tasklist.type("RequesterPhone", "0812-1111-2222");
      tasklist.choose("Topic", "Pengasuhan");
      tasklist.type("RequestBackground", "Warga RW 05 meminta penyuluhan pengasuhan.");
      tasklist.select("RequestChannel", "Datang langsung");
      tasklist.select("PersonalDataConsentGiven", "Formulir persetujuan ditandatangani pemohon");
      browser.screenshot("start-form");
      tasklist.submitStartForm();
      assertThat(tasklist.notification()).contains(language.equals("en-US") ? "started" : "Proses telah dimulai");
      String card = tasklist.openTask("Tugas Admin", "Registrasi dan disposisi permohonan");
      assertThat(java.net.URLDecoder.decode(tasklist.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
          .as("sorted by due date").contains("sorting=[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]");
      assertThat(tasklist.driver().findElements(By.partialLinkText("Create task"))).isEmpty();
      assertThat(tasklist.driver().findElements(By.partialLinkText("Buat tugas"))).isEmpty();
      assertThat(card).as("the card tells the request apart").containsPattern("LI-" + staff.office() + "-\\d{4}-\\d{4}")
          .contains("Ibu Sri Wahyuni", "Pengasuhan");
      // Only the office's own work in its Tasklist: no card of the other office's open request.
      assertThat(tasklist.driver().findElement(By.tagName("body")).getText()).doesNotContain(othersNumber);
      String number = card.replaceAll("(?s).*?(LI-" + staff.office() + "-\\d{4}-\\d{4}).*", "$1");
      tasklist.claim();
      assertThat(tasklist.waitFor(Tasklist.field("RegistrationNumber")).getAttribute("value")).isEqualTo(number);
      // The consent text Admin reads out at the counter: the public form's, with its periods.
      assertThat(tasklist.waitFor(By.cssSelector("form[name=camForm], .fjs-form")).getText())
          .contains("Lama penyimpanan").contains("5 (lima) tahun sesudahnya").contains("orang tua atau wali")
          .doesNotContain("{{");
      tasklist.choose("ServiceType", "Layanan informasi");
      tasklist.type("DispositionNotes", "Mohon dipetakan kebutuhannya.");
      browser.screenshot("step1-registration");
      tasklist.complete();
      tasklist.awaitCompleted("Registrasi dan disposisi permohonan");

      // Step 2, the coordinator maps the needs (the archive is not a counsellor's: no "Arsip" for budi).
      tasklist.loginToTasklist(staff.coordinator());
      assertThat(tasklist.present(By.cssSelector("[data-puspaga-arsip]")).getAttribute("data-puspaga-arsip")).isEqualTo("tidak");
      assertThat(tasklist.driver().findElements(By.cssSelector("a.puspaga-arsip"))).isEmpty();
      tasklist.openTask("Tugas Psikolog/Konselor", "Petakan kebutuhan masyarakat");
      tasklist.claim();
      // The form names the step and its limit as the task's own model states them (sopLimitText).
      assertThat(tasklist.waitFor(By.xpath("//p[contains(., 'pemenuhan hak anak (SOP langkah 2, 7 hari kerja).')]"))
          .isDisplayed()).isTrue();
      browser.screenshot("step2-form");
      tasklist.type("NeedsMap", "Orang tua RW 05 membutuhkan penyuluhan pengasuhan positif.");
      browser.screenshot("step2-needs");
      tasklist.complete();
      tasklist.awaitCompleted("Petakan kebutuhan masyarakat");

      // Step 3, the work program with two activities (the embedded form, a row added).
      tasklist.openTask("Tugas saya", "Ajukan program kerja");
      tasklist.typeInto(By.id("programTitle"), "Penyuluhan pengasuhan positif");
      tasklist.typeInto(By.id("programObjective"), "Orang tua memahami pengasuhan positif.");
      tasklist.typeInto(By.id("programEndDate"), Dates.typed(today.plusMonths(1)));
      assertThat(tasklist.waitFor(By.cssSelector("#programEndDate + .date-reading")).getText())
          .as("the date read back with its month's name").startsWith("Tercatat sebagai " + Dates.spoken(today.plusMonths(1)) + ".");
      tasklist.typeInto(By.cssSelector("input[name='activityTitle0']"), "Penyuluhan di balai RW 05");
      tasklist.typeInto(By.cssSelector("input[name='activityDate0']"), Dates.typed(today));
      tasklist.click(By.cssSelector("button.add-activity"));
      tasklist.typeInto(By.cssSelector("input[name='activityTitle1']"), "Kelas orang tua");
      tasklist.typeInto(By.cssSelector("input[name='activityDate1']"), Dates.typed(today));
      browser.screenshot("step3-work-program");
      tasklist.complete();
      tasklist.awaitCompleted("Ajukan program kerja");

      // Step 4, the Ketua sends it back with notes...
      tasklist.loginToTasklist(staff.ketua());
      tasklist.openTask("Tugas Ketua PUSPAGA", "Tinjau program kerja");
      tasklist.claim();
      tasklist.choose("WorkProgramApproved", "Kembalikan");
      tasklist.type("ReviewNotes", "Tambahkan sasaran jumlah peserta.");
      browser.screenshot("step4-sent-back");
      tasklist.complete();
      tasklist.awaitCompleted("Tinjau program kerja");

      // ...the coordinator reads the notes and resubmits...
      tasklist.loginToTasklist(staff.coordinator());
      tasklist.openTask("Tugas saya", "Ajukan program kerja");
      assertThat(tasklist.waitFor(By.cssSelector(".alert-warning")).getText()).contains("Tambahkan sasaran jumlah peserta.");
      WebElement objective = tasklist.waitFor(By.id("programObjective"));
      objective.clear();
      objective.sendKeys("Orang tua memahami pengasuhan positif; sasaran 40 peserta.");
      browser.screenshot("step3-resubmitted");
      tasklist.complete();
      tasklist.awaitCompleted("Ajukan program kerja");

      // ...and approves: her notes field starts blank, the first round's notes are shown with their date.
      tasklist.loginToTasklist(staff.ketua());
      tasklist.openTask("Tugas Ketua PUSPAGA", "Tinjau program kerja");
      tasklist.claim();
      assertThat(tasklist.waitFor(Tasklist.field("ReviewNotes")).getAttribute("value")).isEmpty();
      assertThat(tasklist.waitFor(Tasklist.field("ReviewHistory")).getAttribute("value"))
          .matches("Putaran 1, \\d{1,2} \\p{L}+ \\d{4} \\(" + staff.ketua() + "\\): dikembalikan untuk direvisi\\. Catatan: Tambahkan sasaran jumlah peserta\\.");
      browser.screenshot("step4-second-round");
      tasklist.choose("WorkProgramApproved", "Setujui");
      tasklist.complete();
      tasklist.awaitCompleted("Tinjau program kerja");

      // Steps 5 and 6, per activity: carried out, then reported.
      tasklist.loginToTasklist(staff.counsellor());
      for (int activity = 0; activity < 2; activity++) {
        tasklist.openTask("Tugas Psikolog/Konselor", "Laksanakan kegiatan");
        tasklist.claim();
        tasklist.type("ActivityHeldOn", Dates.typed(today));
        tasklist.type("ActivityParticipants", "25");
        tasklist.type("ActivityExecutor", "Dewi Konselor");
        browser.screenshot("step5-activity-" + activity);
        tasklist.complete();
        tasklist.awaitCompleted("Laksanakan kegiatan");
        tasklist.openTask("Tugas Psikolog/Konselor", "Laporkan kegiatan");
        tasklist.claim();
        tasklist.type("ActivitySummary", "Kegiatan terlaksana sesuai rencana.");
        tasklist.type("ActivityOutcome", "Peserta memahami materi; tindak lanjut kelas lanjutan.");
        browser.screenshot("step6-report-" + activity);
        tasklist.complete();
        tasklist.awaitCompleted("Laporkan kegiatan");
      }

      // Step 7, the coordinator compiles the report.
      tasklist.loginToTasklist(staff.coordinator());
      tasklist.openTask("Tugas saya", "Susun laporan pelaksanaan program");
      tasklist.type("ProgramReportSummary", "Dua kegiatan terlaksana dengan 50 peserta.");
      tasklist.type("ProgramEvaluation", "Sesuai rencana.");
      browser.screenshot("step7-report");
      tasklist.complete();
      tasklist.awaitCompleted("Susun laporan pelaksanaan program");

      // Step 8, the Ketua coordinates it.
      tasklist.loginToTasklist(staff.ketua());
      tasklist.openTask("Tugas Ketua PUSPAGA", "Koordinasikan laporan pelaksanaan program");
      tasklist.claim();
      tasklist.type("CoordinationNotes", "Laporan diterima; lanjutkan ke arsip.");
      browser.screenshot("step8-coordination");
      tasklist.complete();
      tasklist.awaitCompleted("Koordinasikan laporan pelaksanaan program");

      // Step 9, Admin archives it; the documents so far are in the Dokumen tab.
      tasklist.loginToTasklist(staff.admin());
      tasklist.openTask("Tugas Admin", "Arsipkan laporan pelaksanaan program");
      tasklist.claim();
      List<WebElement> documents = tasklist.documents();
      assertThat(documents).extracting(WebElement::getText).contains("Lembar Disposisi", "Surat Tugas",
          "Laporan Pelaksanaan Program Kerja");
      assertThat(tasklist.download(documents.get(0))).startsWith("200 application/pdf %PDF-");
      // Two forms of one name and two activity reports, told apart by round, activity, date and number.
      List<String> listed = tasklist.driver().findElements(By.cssSelector("ul.puspaga-dokumen li")).stream()
          .map(WebElement::getText).toList();
      String day = Dates.spoken(today);
      assertThat(listed).filteredOn(line -> line.startsWith("Formulir Pengajuan Program Kerja")).satisfiesExactly(
          first -> assertThat(first).matches("Formulir Pengajuan Program Kerja putaran 1 · " + day
              + " · No\\. \\S+ dikembalikan untuk direvisi"),
          second -> assertThat(second).matches("Formulir Pengajuan Program Kerja putaran 2 · " + day + " · No\\. \\S+ disetujui"));
      assertThat(listed).filteredOn(line -> line.startsWith("Laporan Kegiatan")).satisfiesExactly(
          first -> assertThat(first).startsWith("Laporan Kegiatan kegiatan 1: Penyuluhan di balai RW 05 · " + day + " · No. "),
          second -> assertThat(second).startsWith("Laporan Kegiatan kegiatan 2: Kelas orang tua · " + day + " · No. "));
      browser.screenshot("step9-documents");
      tasklist.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Form' or normalize-space(.)='Formulir']"));
      tasklist.check("FilesReceived");
      browser.screenshot("step9-archive");
      tasklist.complete();
      tasklist.awaitCompleted("Arsipkan laporan pelaksanaan program");

      // The request has ended, archived with its Tanda Terima: Admin opens it from Tasklist's "Arsip".
      String tasklistWindow = tasklist.driver().getWindowHandle();
      tasklist.click(By.cssSelector("a.puspaga-arsip"));
      for (String window : tasklist.driver().getWindowHandles()) {
        if (!window.equals(tasklistWindow)) {
          tasklist.driver().switchTo().window(window);
        }
      }
      WebElement receipt = tasklist.timed("arsip page", () -> {
        for (int attempt = 0; ; attempt++) {
          tasklist.waitFor(By.id("nomor")).clear();
          tasklist.typeInto(By.id("nomor"), number, Keys.ENTER);
          Tasklist.sleep(1000);
          List<WebElement> found = tasklist.driver().findElements(By.xpath(
              "//section[contains(@class,'tanda-terima')][h2[contains(.,'" + number + "')]]"));
          if (!found.isEmpty()) {
            return found.get(0);
          }
          if (attempt > 60) {
            throw new AssertionError("no receipt for " + number + " in the archive page");
          }
        }
      });
      browser.screenshot("archive-page");
      WebElement tandaTerima = receipt.findElement(By.cssSelector("a.dokumen-tanda-terima"));
      assertThat(tandaTerima.getText()).startsWith("Tanda Terima ");
      // Two rounds of the work program and two activities: nine documents in all.
      assertThat(receipt.findElements(By.cssSelector("a.dokumen"))).hasSize(9);
      assertThat(tasklist.download(tandaTerima)).startsWith("200 application/pdf %PDF-");
      RestClient observer = RestClient.as("sysadmin", app.port());
      JsonNode ended = awaitEnded(observer, number);
      assertThat(observer.get("/engine-rest/history/activity-instance?processInstanceId=" + ended.get("id").asText()
          + "&activityId=EndEvent_ReportArchived").json()).as("ended archived").hasSize(1);
      JsonNode held = observer.get("/engine-rest/history/variable-instance?processInstanceId=" + ended.get("id").asText()
          + "&variableName=activityReports&deserializeValues=false").json();
      assertThat(held.get(0).get("value").asText()).as("held on the intended day").contains(today.toString());
      // The office's own letterhead and numbers on its papers.
      String disposition = observer.get("/engine-rest/history/variable-instance?processInstanceId=" + ended.get("id").asText()
          + "&variableName=dokumenLembarDisposisi").json().get(0).get("id").asText();
      String paper = id.go.tangerangkota.puspaga.layanan.PdfText.of(
          observer.getBytes("/engine-rest/history/variable-instance/" + disposition + "/data"));
      assertThat(paper).contains("/DISP/PUSPAGA-" + staff.office() + "/");
      if ("3674".equals(staff.office())) {
        assertThat(paper).contains("KOTA TANGERANG SELATAN");
      } else {
        assertThat(paper).doesNotContain("TANGERANG SELATAN");
      }

      // The request has ended: Admin prints its survey slip from the same page for the walk-in requester.
      tasklist.typeInto(By.id("nomor-slip"), "LI-1999-9999", Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(tasklist.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> !d.findElement(By.id("pesan-slip")).getText().isBlank());
      assertThat(tasklist.driver().findElement(By.id("pesan-slip")).getText()).as("a number that has not ended")
          .contains("belum selesai").doesNotContain("dibuka");
      java.util.Set<String> before = tasklist.driver().getWindowHandles();
      tasklist.waitFor(By.id("nomor-slip")).clear();
      tasklist.typeInto(By.id("nomor-slip"), number, Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(tasklist.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> d.getWindowHandles().size() > before.size());
      assertThat(tasklist.driver().findElement(By.id("pesan-slip")).getText())
          .isEqualTo("Slip survei untuk " + number + " dibuka di tab baru.");
      browser.screenshot("survey-slip-form");
      for (String window : tasklist.driver().getWindowHandles()) {
        if (!before.contains(window)) {
          tasklist.driver().switchTo().window(window);
        }
      }
      new org.openqa.selenium.support.ui.WebDriverWait(tasklist.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().endsWith("/api/survei/slip/" + number));
    });
    } finally {
      RestClient.as("sysadmin", app.port()).delete("/engine-rest/process-instance/" + othersRequest);
    }
  }

  @Test
  @Order(2)
  void aRequiredFieldLeftEmptyAndARuleOfTheServerAreShownInTheFormAndKeepTheTaskOpen() {
    RequestWalk rest = rest();
    String instance = rest.start("diabaikan");
    rest.register(instance);
    inBrowser("en-US", "mistakes", browser -> {
      Tasklist tasklist = new Tasklist(browser, app.port());
      tasklist.loginToTasklist("budi");
      tasklist.openTask("Tugas Psikolog/Konselor", "Petakan kebutuhan masyarakat");
      // The list sorts as the saved filters say: by due date, nearest first.
      assertThat(java.net.URLDecoder.decode(tasklist.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("sorting=[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]");
      assertThat(tasklist.waitFor(By.cssSelector("[cam-sorting-choices]")).getText()).contains("Due date");
      // The buku panduan's link also in an English Tasklist.
      assertThat(tasklist.waitFor(By.cssSelector("a.puspaga-panduan")).getText()).isEqualTo("Panduan");
      tasklist.claim();
      tasklist.complete();
      WebElement error = tasklist.waitFor(By.cssSelector(".fjs-form-field-error"));
      browser.screenshot("required-field-empty");
      assertThat(error.getText()).isNotBlank();
      assertThat(tasklist.waitFor(By.cssSelector("h2.task")).getText()).isEqualTo("Petakan kebutuhan masyarakat");
      assertThat(rest().awaitTask(RestClient.as("budi", app.port()), instance, "Task_MapNeeds")).isNotBlank();
    });
    rest.mapNeeds(instance);
    rest.planAndApprove(instance);
    LocalDate tomorrow = serverToday().plusDays(1);
    inBrowser("en-US", "mistakes-server", browser -> {
      Tasklist tasklist = new Tasklist(browser, app.port());
      tasklist.loginToTasklist("dewi");
      tasklist.openTask("Tugas Psikolog/Konselor", "Laksanakan kegiatan");
      tasklist.claim();
      tasklist.type("ActivityHeldOn", Dates.typed(tomorrow));
      tasklist.type("ActivityParticipants", "12");
      tasklist.type("ActivityExecutor", "Dewi Konselor");
      tasklist.complete();
      String refusal = tasklist.notification();
      browser.screenshot("server-refusal");
      assertThat(refusal).contains("belum terjadi: catat kegiatan setelah dilaksanakan").doesNotContain("Cannot submit");
      assertThat(tasklist.waitFor(By.cssSelector("h2.task")).getText()).isEqualTo("Laksanakan kegiatan");
      // The message is read beside the form, not over it: what lies under the middle of Complete is
      // the button itself.
      for (String button : List.of("button[ng-click='complete()']")) {
        Object onTop = tasklist.driver().executeScript("""
            const b = document.querySelector(arguments[0]);
            b.scrollIntoView({block: 'center'});
            const r = b.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return b.contains(top) || top === b ? 'the button' : (top.className || top.tagName);
            """, button);
        assertThat(onTop).as(button).isEqualTo("the button");
      }
      assertThat(tasklist.driver().findElements(By.partialLinkText("Create task"))).as("no lane may create tasks").isEmpty();
      assertThat(tasklist.driver().findElements(By.partialLinkText("Start process"))).isNotEmpty();
    });
    assertThat(RestClient.as("sysadmin", app.port()).get("/engine-rest/variable-instance?processInstanceIdIn=" + instance
        + "&variableName=activityExecutor").json().findValuesAsText("value")).as("nothing stored").doesNotContain("Dewi Konselor");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"id-ID", "en-US"})
  @Order(3)
  void aDateIsTypedDayFirstWhateverTheBrowsersLanguageAndMonthFirstIsNeverStoredAsAnotherDay(String language) {
    RequestWalk rest = rest();
    String instance = rest.start("diabaikan");
    rest.register(instance);
    rest.mapNeeds(instance);
    rest.planAndApprove(instance);
    LocalDate today = serverToday();
    inBrowser(language, "dates-" + language, browser -> {
      Tasklist tasklist = new Tasklist(browser, app.port());
      tasklist.loginToTasklist("dewi");
      tasklist.openTask("Tugas Psikolog/Konselor", "Laksanakan kegiatan");
      tasklist.claim();
      assertThat(tasklist.waitFor(By.cssSelector("label[for$='-Field_ActivityHeldOn']")).getText())
          .startsWith("Tanggal pelaksanaan (HH/BB/TTTT)");
      assertThat(tasklist.waitFor(Tasklist.field("ActivityDateText")).getAttribute("value"))
          .as("the planned date as people read it").isEqualTo(Dates.spoken(today));
      tasklist.type("ActivityParticipants", "20");
      tasklist.type("ActivityExecutor", "Dewi Konselor");

      // Typed month first, the American way (25 December as 12/25): read day first, it is no day at all,
      // and nothing is stored. (A date whose day is 12 or less would be another real day: refused
      // too, by the program's dates, which the process tests check.)
      String monthFirst = "12/25/" + today.getYear();
      tasklist.type("ActivityHeldOn", monthFirst);
      browser.screenshot("date-month-first");
      tasklist.complete();
      assertThat(tasklist.notification()).contains("\"" + monthFirst + "\" tidak ada di kalender");
      tasklist.closeNotifications();
      assertThat(tasklist.waitFor(By.cssSelector("h2.task")).getText()).isEqualTo("Laksanakan kegiatan");

      // Typed day first, as the label asks: read back with the month's name, and stored as that day.
      tasklist.type("ActivityHeldOn", Dates.typed(today));
      assertThat(tasklist.driver().findElements(By.cssSelector(".fjs-form-field-text")).stream().map(WebElement::getText))
          .contains("Tercatat sebagai tanggal " + Dates.spoken(today) + ".");
      browser.screenshot("date-typed");
      tasklist.complete();
      tasklist.awaitCompleted("Laksanakan kegiatan");
    });
    JsonNode heldOn = RestClient.as("sysadmin", app.port()).get("/engine-rest/variable-instance?processInstanceIdIn=" + instance
        + "&variableName=activityHeldOn").json();
    assertThat(heldOn.get(0).get("value").asText()).as("today in Asia/Jakarta" + (LocalTime.now(ZoneId.of("Asia/Jakarta"))
        .isBefore(LocalTime.of(7, 0)) ? ", before 07:00 WIB while it is still yesterday in UTC" : "")).isEqualTo(today.toString());
  }

  @Test
  @Order(4)
  void theKetuaFollowsARequestInCockpitWithItsBreachesAndDocumentsAndACounsellorMayNotOpenCockpit() {
    RequestWalk rest = rest();
    String instance = rest.start("diabaikan");
    rest.register(instance);
    RestClient sysadmin = RestClient.as("sysadmin", app.port());
    rest.awaitTask(RestClient.as("budi", app.port()), instance, "Task_MapNeeds");
    // A limit that passed: the timer of step 2 falls due now (the engine's clock is real here).
    String timer = sysadmin.get("/engine-rest/job?timers=true&processInstanceId=" + instance).json().get(0).get("id").asText();
    assertThat(sysadmin.put("/engine-rest/job/" + timer + "/duedate", Map.of("duedate",
        java.time.OffsetDateTime.now().minusMinutes(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))))
        .status()).isEqualTo(204);
    for (int attempt = 0; attempt < 60
        && sysadmin.get("/engine-rest/process-instance/" + instance + "/variables/sopBreaches").status() != 200; attempt++) {
      Tasklist.sleep(1000);
    }
    String number = sysadmin.get("/engine-rest/process-instance/" + instance).json().get("businessKey").asText();
    // Kota Tangerang Selatan's open request, which Kota Tangerang's Ketua must not find in Cockpit.
    RestClient tika = RestClient.as("tika", app.port());
    String theirs = new RequestWalk(tika, tika, tika, sysadmin).start("x");
    String theirNumber = sysadmin.get("/engine-rest/process-instance/" + theirs).json().get("businessKey").asText();

    try {
    inBrowser("en-US", "cockpit", browser -> {
      Tasklist webapps = new Tasklist(browser, app.port());
      webapps.login("sari", "cockpit");
      webapps.timed("cockpit dashboard", () -> webapps.waitFor(By.partialLinkText("Processes")));
      assertThat(webapps.waitFor(By.cssSelector("a.puspaga-panduan")).getText()).isEqualTo("Panduan");
      browser.screenshot("cockpit-dashboard");
      webapps.driver().get("http://localhost:" + app.port() + "/camunda/app/cockpit/default/#/processes");
      webapps.timed("cockpit processes", () -> webapps.waitFor(By.linkText("Layanan informasi PUSPAGA")));
      webapps.click(By.linkText("Layanan informasi PUSPAGA"));
      webapps.timed("cockpit process definition", () -> webapps.waitFor(By.xpath("//td[normalize-space(.)='" + number + "']")));
      browser.screenshot("cockpit-process");
      assertThat(webapps.driver().findElement(By.tagName("body")).getText()).as("only her office's requests")
          .doesNotContain(theirNumber);
      webapps.click(By.xpath("//tr[td[normalize-space(.)='" + number + "']]//a[contains(@href,'process-instance')]"));
      webapps.timed("cockpit process instance", () -> webapps.waitFor(By.xpath("//a[normalize-space(.)='Variables']")));
      webapps.click(By.xpath("//a[normalize-space(.)='Variables']"));
      for (String variable : List.of("sopBreaches", "dokumenLembarDisposisi", "registrationNumber")) {
        webapps.waitFor(By.xpath("//td[contains(@class,'col-name') and normalize-space(.)='" + variable + "']"));
      }
      assertThat(webapps.waitFor(By.xpath("//tr[td[contains(@class,'col-name') and normalize-space(.)='sopBreaches']]"
          + "/td[contains(@class,'col-value')]")).getText()).contains("Petakan kebutuhan masyarakat");
      browser.screenshot("cockpit-instance-variables");

      webapps.login("budi", "cockpit");
      String refused = webapps.notification();
      browser.screenshot("cockpit-refused-for-konselor");
      assertThat(refused).contains("Login Failed");
      assertThat(webapps.driver().findElements(By.linkText("Processes"))).isEmpty();
    });
    } finally {
      sysadmin.delete("/engine-rest/process-instance/" + theirs);
    }
  }

  @Test
  @Order(4)
  void aProvincialMonitorSeesOnlyHerProvincesOfficesInCockpitAndNoKetuasView() {
    // An office of another province (Bali), which Banten's monitor must not find.
    RestClient.Response onboarded = RestClient.as("sysadmin", app.port()).post("/api/offices",
        id.go.tangerangkota.puspaga.system.TestOffices.onboarding("5171", "PUSPAGA Kota Denpasar", "kota-denpasar",
            "Kota Denpasar"));
    assertThat(onboarded.status()).as(onboarded.toString()).isIn(200, 201);

    inBrowser("id-ID", "pemantau", browser -> {
      Tasklist cockpit = new Tasklist(browser, app.port());
      cockpit.login("bagas", "cockpit");
      cockpit.timed("cockpit pemantauan", () -> cockpit.waitFor(By.cssSelector(".puspaga-nasional table.nasional-kantor-tabel")));
      assertThat(cockpit.driver().findElements(By.cssSelector("table.nasional-kantor-tabel tbody tr")).stream()
          .map(row -> row.getAttribute("data-office")).toList()).containsExactlyInAnyOrder("3671", "3674");
      assertThat(cockpit.driver().findElement(By.cssSelector(".puspaga-nasional")).getText()).contains("Provinsi 36")
          .doesNotContain("Denpasar");
      cockpit.click(By.xpath("//tr[@data-office='3674']//a[contains(@class,'nasional-kantor')]"));
      assertThat(cockpit.waitFor(By.cssSelector("table.nasional-langkah caption")).getText())
          .startsWith("PUSPAGA Kota Tangerang Selatan");
      assertThat(cockpit.driver().findElements(By.cssSelector("table.nasional-langkah tbody tr"))).hasSize(9);
      assertThat(cockpit.driver().findElements(By.cssSelector(".puspaga-kepatuhan, .puspaga-survei")))
          .as("the Ketua's views are not hers").isEmpty();
      browser.screenshot("cockpit-pemantauan-provinsi");
    });
  }

  @Test
  @Order(4)
  void theKetuaReadsSopComplianceInCockpitWithFiguresThatLeadToTheRequests() {
    RequestWalk rest = rest();
    String instance = rest.start("diabaikan");
    RestClient sari = RestClient.as("sari", app.port());
    String number = sari.get("/engine-rest/process-instance/" + instance).json().get("businessKey").asText();

    inBrowser("id-ID", "kepatuhan", browser -> {
      Tasklist cockpit = new Tasklist(browser, app.port());
      cockpit.login("sari", "cockpit");
      WebElement table = cockpit.timed("cockpit kepatuhan", () -> cockpit.waitFor(By.cssSelector(".puspaga-kepatuhan table.kepatuhan-langkah")));
      assertThat(cockpit.waitFor(By.cssSelector(".puspaga-kepatuhan h2")).getText()).isEqualTo("Kepatuhan SOP Layanan Informasi");
      // The buku panduan, from Cockpit's menu bar.
      assertThat(cockpit.waitFor(By.cssSelector("a.puspaga-panduan")).getText()).isEqualTo("Panduan");
      // The Ketua's view is the dashboard's first section, above each of Cockpit's own.
      int ours = cockpit.waitFor(By.cssSelector(".puspaga-kepatuhan")).getLocation().getY();
      assertThat(cockpit.driver().findElements(By.cssSelector(".dashboard .sections section:not(.deprecate)")).stream()
          .filter(WebElement::isDisplayed).toList())
          .isNotEmpty().allSatisfy(section -> assertThat(section.getLocation().getY()).isGreaterThan(ours));
      assertIndonesian(cockpit, "dashboard");
      JsonNode report = sari.get("/api/compliance").json();
      // Every figure of every step as the endpoint gives it (nothing else runs meanwhile).
      for (JsonNode step : report.get("steps")) {
        List<String> cells = table.findElements(By.cssSelector("tr[data-step='" + step.get("step").asText() + "'] td")).stream()
            .map(WebElement::getText).toList();
        assertThat(cells).as("step " + step.get("step")).hasSize(11);
        // All eleven cells, each as the endpoint's figure reads in the table.
        String unit = step.get("unit").asText();
        java.util.function.Function<String, String> days = field -> step.get(field).isNull() ? "–"
            : step.get(field).asText() + " " + unit;
        String onTime = step.get("withinLimitPercent").isNull() ? "–" : step.get("withinLimitPercent").asText() + "% "
            + (step.get("completed").asLong() - step.get("completedWithinLimit").asLong()) + " terlambat";
        assertThat(cells).containsExactly(
            step.get("step").asText() + ". " + step.get("name").asText(),
            step.get("laneName").asText(),
            step.get("limit").asText(),
            step.get("open").asText(), step.get("overdue").asText(), step.get("breaches").asText(), step.get("completed").asText(),
            days.apply("median"), days.apply("p90"),
            onTime,
            step.get("statusText").asText());
      }
      assertThat(cockpit.driver().findElements(By.cssSelector("svg.kepatuhan-grafik line.batas"))).as("a limit per step drawn")
          .hasSizeGreaterThanOrEqualTo(8);
      browser.screenshot("cockpit-kepatuhan");

      // Last month's client report, produced from the plugin (a POST with the webapps' session and token).
      String lastMonth = java.time.YearMonth.from(serverToday()).minusMonths(1).toString();
      new org.openqa.selenium.support.ui.Select(cockpit.waitFor(By.cssSelector("select.kepatuhan-bulan"))).selectByValue(lastMonth);
      cockpit.click(By.cssSelector("button.kepatuhan-buat-laporan"));
      // The month may already have its report (the 07:00 schedule files it from the first working
      // day on): what counts is the one this click produced, named in the message.
      String produced = new org.openqa.selenium.support.ui.WebDriverWait(cockpit.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> {
            String text = d.findElement(By.cssSelector(".kepatuhan-laporan-pesan")).getText();
            return text.equals("Membuat laporan...") ? null : text;
          });
      java.util.regex.Matcher message = java.util.regex.Pattern
          .compile("Laporan \\p{L}+ \\d{4} dibuat: (\\d{3}/LBK/PUSPAGA-3671/[IVX]+/\\d{4})\\.").matcher(produced);
      assertThat(message.matches()).as(produced).isTrue();
      WebElement pdf = cockpit.waitFor(By.xpath("//table[contains(@class,'kepatuhan-laporan')]//tr[@data-month='" + lastMonth
          + "'][td[normalize-space(.)='" + message.group(1) + "']]//a[contains(@class,'laporan-pdf')]"));
      assertThat(cockpit.download(pdf)).startsWith("200 application/pdf %PDF-");
      ((org.openqa.selenium.JavascriptExecutor) cockpit.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", pdf);
      browser.screenshot("cockpit-laporan-bulanan");
      ((org.openqa.selenium.JavascriptExecutor) cockpit.driver()).executeScript("window.scrollTo(0, 0)");
      cockpit.click(By.cssSelector("tr[data-step='1'] a[data-figure='open']"));
      WebElement request = cockpit.waitFor(By.xpath("//table[contains(@class,'kepatuhan-daftar')]//a[normalize-space(.)='" + number + "']"));
      browser.screenshot("cockpit-kepatuhan-rincian");
      request.click();
      new org.openqa.selenium.support.ui.WebDriverWait(cockpit.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("#/process-instance/" + instance));
      cockpit.waitFor(By.xpath("//dd[normalize-space(.)='" + number + "']"));
      assertIndonesian(cockpit, "instance view");

      // The webapps in Indonesian, with PUSPAGA's name: no raw translation keys anywhere.
      cockpit.driver().get("http://localhost:" + app.port() + "/camunda/app/cockpit/default/#/processes");
      cockpit.waitFor(By.linkText("Layanan informasi PUSPAGA"));
      Tasklist.sleep(1000);
      assertIndonesian(cockpit, "process list");
      browser.screenshot("cockpit-daftar-proses");
      cockpit.click(By.linkText("Layanan informasi PUSPAGA"));
      cockpit.click(By.xpath("//a[normalize-space(.)='Kepatuhan SOP']"));
      cockpit.waitFor(By.cssSelector(".puspaga-kepatuhan table.kepatuhan-langkah"));
      assertIndonesian(cockpit, "process definition");
      assertThat(cockpit.driver().getTitle()).contains("PUSPAGA");
      // Camunda's header has a logo element; Operaton's only the name, which the logo precedes.
      assertThat(cockpit.driver().executeScript("const logo = document.querySelector('.navbar-brand .brand-logo');"
          + " return logo ? getComputedStyle(logo).backgroundImage"
          + " : getComputedStyle(document.querySelector('.navbar-brand'), '::before').backgroundImage"))
          .as("PUSPAGA's logo, not Camunda's").asString().contains("puspaga-logo.svg");
      browser.screenshot("cockpit-definisi-kepatuhan");

      // A counsellor is turned away from Cockpit in Indonesian: at its login, and when already logged in to Tasklist.
      cockpit.login("budi", "cockpit");
      assertThat(cockpit.notification()).contains("Gagal masuk");
      browser.screenshot("cockpit-ditolak-login");
      cockpit.loginToTasklist("budi");
      cockpit.driver().get("http://localhost:" + app.port() + "/camunda/app/cockpit/default/");
      assertThat(cockpit.waitFor(By.tagName("h1")).getText()).isEqualTo("Akses ditolak");
      assertThat(cockpit.waitFor(By.cssSelector("div.notice[role='alert']")).getText())
          .isEqualTo("Cockpit hanya dapat dibuka oleh Ketua PUSPAGA dan administrator. Tugas Anda ada di Tasklist.");
      browser.screenshot("cockpit-ditolak");
      assertThat(cockpit.driver().findElement(By.tagName("body")).getText()).doesNotContain("Whitelabel", "status=");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"id-ID", "en-US"})
  @Order(4)
  void aParentAsksOnlineFromAPhoneByKeyboardFollowsItAndAdminFindsItInTasklist(String language) throws Exception {
    inBrowser(language, "permohonan-daring-" + language, browser -> {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      Tasklist page = new Tasklist(browser, app.port());
      page.driver().get("http://localhost:" + app.port() + "/");
      page.click(By.linkText("Ajukan permohonan layanan informasi"));
      page.waitFor(By.id("requesterName"));
      assertThat(page.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no sideways scrolling on a phone").isEqualTo(true);
      browser.screenshot("form-on-a-phone");

      // Keyboard only: each field is reached with Tab from the one before, as a screen-reader user would.
      page.driver().findElement(By.id("requesterName")).sendKeys("Ibu Ani Lestari");
      typeNext(page, "0812-3456-7890");
      typeNext(page, "");
      typeNext(page, "Paguyuban Orang Tua RW 03");
      typeNext(page, "Jl. Melati No. 3, Cipondoh");
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB, Keys.SPACE);
      assertThat(page.driver().findElement(By.id("topic-pengasuhan")).isSelected()).isTrue();
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      assertThat(page.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("requestBackground");
      page.driver().switchTo().activeElement().sendKeys("Orang tua <remaja> ingin belajar pola asuh & komunikasi.");
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      assertThat(page.driver().switchTo().activeElement().getAttribute("id")).as("the hidden field is skipped")
          .isEqualTo("consent-ya");
      browser.screenshot("form-filled");
      // Sent without consent: the message is at the top, linked to the field, and tied to it.
      Tasklist.sleep(3200);
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB, Keys.ENTER);
      WebElement summary = page.waitFor(By.cssSelector(".error-summary"));
      assertThat(summary.getText()).contains("Centang persetujuan pemrosesan data pribadi");
      assertThat(page.driver().findElement(By.id("consent-ya")).getAttribute("aria-describedby")).contains("consent-error");
      assertThat(page.driver().findElement(By.id("requesterName")).getAttribute("value")).isEqualTo("Ibu Ani Lestari");
      browser.screenshot("consent-missing");
      page.driver().findElement(By.id("consent-ya")).sendKeys(Keys.SPACE);
      Tasklist.sleep(3200);
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB, Keys.ENTER);

      String number = page.waitFor(By.id("nomor-registrasi")).getText();
      String code = page.driver().findElement(By.cssSelector("#kode-status code")).getText();
      assertThat(number).matches("LI-3671-\\d{4}-\\d{4}");
      assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
      browser.screenshot("number-and-code");

      page.click(By.linkText("Lihat status permohonan"));
      page.waitFor(By.id("registrationNumber")).sendKeys(number);
      page.driver().findElement(By.id("statusCode")).sendKeys(code, Keys.ENTER);
      assertThat(page.waitFor(By.id("status-sekarang")).getText()).isEqualTo("Sedang diregistrasi oleh Admin");
      browser.screenshot("status");

      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
      Tasklist tasklist = new Tasklist(browser, app.port());
      tasklist.loginToTasklist("rina");
      String card = tasklist.openTask("Tugas Admin", "Registrasi dan disposisi permohonan", number);
      assertThat(card).contains(number).contains("Ibu Ani Lestari");
      tasklist.claim();
      assertThat(tasklist.waitFor(Tasklist.field("RequestBackground")).getAttribute("value"))
          .isEqualTo("Orang tua <remaja> ingin belajar pola asuh & komunikasi.");
      browser.screenshot("admin-sees-the-online-request");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"id-ID", "en-US"})
  @Order(4)
  void aParentAnswersTheSurveyFromTheStatusPageOnAPhoneByKeyboard(String language) throws Exception {
    inBrowser(language, "survei-" + language, browser -> {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      Tasklist page = new Tasklist(browser, app.port());
      page.driver().get("http://localhost:" + app.port() + "/permohonan");
      page.waitFor(By.id("requesterName")).sendKeys("Ibu Survei Peramban");
      page.driver().findElement(By.id("requesterPhone")).sendKeys("0812-7777-8888");
      page.driver().findElement(By.id("topic-hak-anak")).sendKeys(Keys.SPACE);
      page.driver().findElement(By.id("requestBackground")).sendKeys("Penyuluhan hak anak di sekolah.");
      page.driver().findElement(By.id("consent-ya")).sendKeys(Keys.SPACE);
      Tasklist.sleep(3200);
      page.driver().findElement(By.id("consent-ya")).sendKeys(Keys.TAB, Keys.ENTER);
      String number = page.waitFor(By.id("nomor-registrasi")).getText();
      String code = page.driver().findElement(By.cssSelector("#kode-status code")).getText();
      RestClient sari = RestClient.as("sari", app.port());
      String instance = sari.get("/engine-rest/process-instance?businessKey=" + number).json().get(0).get("id").asText();
      rest().walkToTheEnd(instance);

      page.driver().get("http://localhost:" + app.port() + "/permohonan/status");
      page.waitFor(By.id("registrationNumber")).sendKeys(number);
      page.driver().findElement(By.id("statusCode")).sendKeys(code, Keys.ENTER);
      WebElement link = page.waitFor(By.id("tautan-survei"));
      browser.screenshot("survei-di-halaman-status");
      link.sendKeys(Keys.ENTER);
      page.waitFor(By.id("u1"));
      assertThat(page.driver().findElement(By.tagName("main")).getText()).contains("Survei ini tentang layanan informasi")
          .doesNotContain(number).doesNotContain("Ibu Survei");
      assertThat(page.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no sideways scrolling on a phone").isEqualTo(true);

      // Keyboard only: Tab into each question's group, the arrow keys choose within it (1 to 4).
      int[] scores = {4, 3, 4, 4, 3, 4, 4, 3, 4};
      page.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
      for (int question = 1; question <= 9; question++) {
        WebElement focused = page.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("name")).as("question " + question + " is reached by Tab").isEqualTo("u" + question);
        for (int i = 1; i < scores[question - 1]; i++) {
          page.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        if (scores[question - 1] == 1) {
          page.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
        }
        assertThat(page.driver().findElement(By.id("u" + question + "-" + scores[question - 1])).isSelected()).isTrue();
        page.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      }
      assertThat(page.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("ageGroup");
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
      assertThat(page.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("suggestion");
      page.driver().switchTo().activeElement().sendKeys("Jadwal penyuluhan diumumkan lebih awal.");
      browser.screenshot("survei-diisi");
      Tasklist.sleep(3200);
      page.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      assertThat(page.driver().switchTo().activeElement().getTagName()).as("the hidden field is skipped").isEqualTo("button");
      page.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(page.waitFor(By.id("survei-tersimpan")).getText()).contains("sudah kami simpan");
      browser.screenshot("survei-terkirim");

      page.driver().navigate().back();
      page.driver().navigate().refresh();
      assertThat(page.waitFor(By.cssSelector("div.notice[role='alert']")).getText())
          .contains("Kode survei ini sudah dipakai");
    });
  }

  @Test
  @Order(4)
  void aParentAsksForACopyOfTheirDataOnTheStatusPageTheOfficerGrantsItInTasklistAndTheParentDownloadsItOnce() {
    inBrowser("id-ID", "hak-akses", browser -> {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      Tasklist page = new Tasklist(browser, app.port());
      page.driver().get("http://localhost:" + app.port() + "/permohonan");
      page.waitFor(By.id("requesterName")).sendKeys("Ibu Hak Peramban");
      page.driver().findElement(By.id("requesterPhone")).sendKeys("0812-6666-7777");
      page.driver().findElement(By.id("topic-pengasuhan")).sendKeys(Keys.SPACE);
      page.driver().findElement(By.id("requestBackground")).sendKeys("Penyuluhan pola asuh.");
      page.driver().findElement(By.id("consent-ya")).sendKeys(Keys.SPACE);
      Tasklist.sleep(3200);
      page.driver().findElement(By.id("consent-ya")).sendKeys(Keys.TAB, Keys.ENTER);
      String number = page.waitFor(By.id("nomor-registrasi")).getText();
      String code = page.driver().findElement(By.cssSelector("#kode-status code")).getText();

      page.driver().get("http://localhost:" + app.port() + "/permohonan/status");
      page.waitFor(By.id("registrationNumber")).sendKeys(number);
      page.driver().findElement(By.id("statusCode")).sendKeys(code, Keys.ENTER);
      page.waitFor(By.id("hak-akses")).sendKeys(Keys.SPACE);
      browser.screenshot("hak-di-halaman-status");
      page.click(By.id("ajukan-hak"));
      assertThat(page.waitFor(By.id("batas-jawab")).getText()).endsWith("WIB");
      assertThat(page.driver().findElement(By.id("jenis-hak")).getText()).isEqualTo("Akses (salinan data)");
      browser.screenshot("hak-terkirim");

      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
      Tasklist tasklist = new Tasklist(browser, app.port());
      tasklist.loginToTasklist("putri");
      assertThat(tasklist.openTask("Hak atas data pribadi", "Putuskan permintaan hak", number)).contains(number);
      tasklist.claim();
      tasklist.choose("RightsDecision", "Dikabulkan");
      tasklist.type("RightsAnswer", "Salinan data Anda dapat diunduh satu kali di halaman status.");
      browser.screenshot("ppdp-memutuskan");
      tasklist.complete();
      tasklist.awaitCompleted("Putuskan permintaan hak");

      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      page.driver().get("http://localhost:" + app.port() + "/permohonan/status");
      page.waitFor(By.id("registrationNumber")).sendKeys(number);
      page.driver().findElement(By.id("statusCode")).sendKeys(code, Keys.ENTER);
      // The copy is made in the background: the parent looks again until it is there.
      for (int attempt = 0; attempt < 30 && page.driver().findElements(By.cssSelector("form.download button")).isEmpty();
          attempt++) {
        Tasklist.sleep(1000);
        page.driver().get("http://localhost:" + app.port() + "/permohonan/status");
        page.waitFor(By.id("registrationNumber")).sendKeys(number);
        page.driver().findElement(By.id("statusCode")).sendKeys(code, Keys.ENTER);
        page.waitFor(By.id("status-sekarang"));
      }
      assertThat(page.waitFor(By.id("hak-data-pribadi")).getText()).contains("Dikabulkan")
          .contains("Salinan data Anda dapat diunduh satu kali di halaman status.");
      assertThat(page.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no sideways scrolling on a phone").isEqualTo(true);
      browser.screenshot("hak-dijawab");
      Path downloads = browser.allowDownloads();
      WebElement pdf = page.driver().findElements(By.cssSelector("form.download button")).get(0);
      assertThat(pdf.getText()).isEqualTo("Unduh salinan data (PDF)");
      pdf.click();
      Path file = downloads.resolve("salinan-data-pribadi-" + number + ".pdf");
      for (int wait = 0; wait < 50 && !Files.exists(file); wait++) {
        Tasklist.sleep(200);
      }
      assertThat(file).exists();
      assertThat(new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
      page.driver().get("http://localhost:" + app.port() + "/permohonan/status");
      page.waitFor(By.id("registrationNumber")).sendKeys(number);
      page.driver().findElement(By.id("statusCode")).sendKeys(code, Keys.ENTER);
      assertThat(page.waitFor(By.cssSelector("form.download")).getText()).as("once").contains("sudah diunduh")
          .doesNotContain("Unduh salinan data (PDF)");
      // The officer's page, from Tasklist's header: the request answered, and who read it (she, for
      // the copy); her Tasklist cards are not reads of the request.
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
      tasklist.driver().get("http://localhost:" + app.port() + "/camunda/app/tasklist/default/");
      WebElement dataPage = tasklist.waitFor(By.cssSelector("a.puspaga-data-pribadi"));
      assertThat(dataPage.getText()).isEqualTo("Data pribadi");
      tasklist.driver().get(dataPage.getAttribute("href"));
      tasklist.driver().navigate().refresh();
      assertThat(tasklist.waitFor(By.cssSelector("#tabel-hak tbody tr")).getText()).contains(number)
          .contains("Akses (salinan data)").contains("Dikabulkan");
      tasklist.waitFor(By.id("nomor")).sendKeys(number, Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(tasklist.driver(), java.time.Duration.ofSeconds(30)).until(d ->
          d.findElement(By.id("tabel-akses")).getText().contains("Salinan data untuk pemohon (hak akses)"));
      assertThat(tasklist.driver().findElement(By.id("tabel-akses")).getText())
          .doesNotContain("Data permohonan (variabel proses)");
      browser.screenshot("ppdp-data-pribadi");
    });
  }

  @Test
  @Order(5)
  void theKetuaReadsTheSurveyInCockpitWritesTheFollowUpAndDownloadsTheYearlyReport() {
    RestClient sari = RestClient.as("sari", app.port());
    String semester = serverToday().getYear() + "-S" + (serverToday().getMonthValue() <= 6 ? 1 : 2);
    JsonNode figures = sari.get("/api/survei/hasil?period=" + semester).json().get("result");
    assertThat(figures.get("answers").asInt()).as("the parents' answers of the test before").isGreaterThanOrEqualTo(2);
    inBrowser("id-ID", "cockpit-survei", browser -> {
      Tasklist cockpit = new Tasklist(browser, app.port());
      cockpit.login("sari", "cockpit");
      WebElement index = cockpit.waitFor(By.cssSelector(".puspaga-survei .survei-nilai"));
      assertThat(index.getText()).isEqualTo(figures.get("index").asText());
      assertThat(cockpit.waitFor(By.cssSelector(".puspaga-survei .survei-mutu")).getText())
          .isEqualTo(figures.get("category").asText() + " (" + figures.get("categoryLabel").asText() + ")");
      assertThat(cockpit.driver().findElements(By.cssSelector("table.survei-unsur tbody tr"))).hasSize(9);
      assertThat(cockpit.waitFor(By.cssSelector(".survei-saran")).getText())
          .contains("Jadwal penyuluhan diumumkan lebih awal.");
      assertIndonesian(cockpit, "survey");
      WebElement followUp = cockpit.waitFor(By.cssSelector("textarea.survei-tindak-lanjut"));
      followUp.clear();
      followUp.sendKeys("Jadwal penyuluhan diumumkan dua minggu sebelumnya.");
      cockpit.click(By.cssSelector("button.survei-simpan"));
      new org.openqa.selenium.support.ui.WebDriverWait(cockpit.driver(), java.time.Duration.ofSeconds(30)).until(d ->
          d.findElement(By.cssSelector(".survei-tindak-lanjut-pesan")).getText().startsWith("Tindak lanjut disimpan"));
      browser.screenshot("cockpit-survei");

      new org.openqa.selenium.support.ui.Select(cockpit.waitFor(By.cssSelector("select.survei-tahun")))
          .selectByValue(String.valueOf(serverToday().getYear()));
      cockpit.click(By.cssSelector("button.survei-buat-laporan"));
      String produced = new org.openqa.selenium.support.ui.WebDriverWait(cockpit.driver(), java.time.Duration.ofSeconds(30))
          .until(d -> {
            String text = d.findElement(By.cssSelector(".survei-laporan-pesan")).getText();
            return text.equals("Membuat laporan...") || text.isEmpty() ? null : text;
          });
      assertThat(produced).matches("Laporan \\d{4} dibuat: \\d{3}/SKM/PUSPAGA-3671/[IVX]+/\\d{4}\\.");
      WebElement pdf = cockpit.waitFor(By.cssSelector("table.survei-laporan a.survei-laporan-pdf"));
      assertThat(cockpit.download(pdf)).startsWith("200 application/pdf %PDF-");
      assertThat(cockpit.download(cockpit.waitFor(By.cssSelector("table.survei-laporan a.survei-laporan-csv"))))
          .startsWith("200 text/csv");
      browser.screenshot("cockpit-survei-laporan");
    });
    assertThat(sari.get("/api/survei/hasil?period=" + semester).json().get("result").get("followUp").asText())
        .isEqualTo("Jadwal penyuluhan diumumkan dua minggu sebelumnya.");
  }

  /** Tab to the next field and type into it. */
  private static void typeNext(Tasklist page, String text) {
    page.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    if (!text.isEmpty()) {
      page.driver().switchTo().activeElement().sendKeys(text);
    }
  }

  @Test
  @Order(4)
  void theModelReadsInCockpitWithNoLabelOnAShapeOrAnotherLabel() throws Exception {
    inBrowser("en-US", "model", browser -> {
      Tasklist cockpit = new Tasklist(browser, app.port());
      cockpit.login("sari", "cockpit");
      cockpit.waitFor(By.partialLinkText("Processes"));
      // Wide enough for the nine steps side by side, as on the Ketua's monitor.
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(2400, 1300));
      cockpit.driver().get("http://localhost:" + app.port() + "/camunda/app/cockpit/default/#/processes");
      cockpit.click(By.linkText("Layanan informasi PUSPAGA"));
      WebElement diagram = cockpit.waitFor(By.cssSelector(".djs-container"));
      cockpit.waitFor(By.cssSelector(".djs-container g[data-element-id='EndEvent_ReportArchived_label']"));
      Tasklist.sleep(1000);
      Path picture = browser.screenshot("cockpit-diagram");
      Files.write(picture.resolveSibling("cockpit-diagram.png"), diagram.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

      // What bpmn-js drew: each label's text and each shape's outline, in screen pixels.
      @SuppressWarnings("unchecked")
      List<String> overlaps = (List<String>) browser.driver().executeScript("""
          const drawn = [...document.querySelectorAll('.djs-container g.djs-element.djs-shape')].map(g => {
            const id = g.getAttribute('data-element-id');
            const label = id.endsWith('_label');
            const visual = label ? g.querySelector('text') : g.querySelector('.djs-visual > *');
            if (!visual) return null;
            const r = visual.getBoundingClientRect();
            return {id, owner: label ? id.slice(0, -6) : id, label, x: r.left, y: r.top, w: r.width, h: r.height};
          }).filter(b => b && b.w > 0 && b.h > 0);
          const container = b => /^(Participant|Lane|SubProcess)_/.test(b.owner) && !b.label;
          const meet = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          const found = [];
          for (const a of drawn.filter(b => b.label && b.owner)) {
            for (const b of drawn) {
              if (b === a || b.owner === a.owner || container(b) || (b.label && b.id < a.id)) continue;
              if (meet(a, b)) found.push((b.label ? 'label ' : '') + a.id + ' on ' + b.id);
            }
          }
          return found;
          """);
      System.out.println("[browser] labels drawn by bpmn-js in Cockpit that overlap: " + overlaps.size() + " " + overlaps);
      assertThat(overlaps).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector(".djs-container g.djs-element[data-element-id$='_label']")))
          .as("labels drawn").hasSizeGreaterThan(30);
    });
  }

  @Test
  @Order(5)
  void anAnalystsChangeFromModelerServesNewRequestsWhileARunningOneKeepsItsVersionAndFinishes() throws Exception {
    RequestWalk rest = rest();
    String running = rest.start("diabaikan");
    String bpmn = Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"))
        .replace("name=\"Registrasi dan disposisi permohonan\"", "name=\"Registrasi dan disposisi permohonan masuk\"")
        .replace("camunda:candidateGroups=\"administrasi\" camunda:dueDate=\"${sopDeadline.workingDays(1)}\"",
            "camunda:candidateGroups=\"administrasi\" camunda:dueDate=\"${sopDeadline.workingDays(2)}\"")
        // Step 1's limit changes on its timer too (the first in the model): the server refuses a model in which they differ.
        .replaceFirst(java.util.regex.Pattern.quote(">${sopDeadline.workingDays(1)}</bpmn:timeDate>"),
            java.util.regex.Matcher.quoteReplacement(">${sopDeadline.workingDays(2)}</bpmn:timeDate>"));
    assertThat(bpmn).contains("Registrasi dan disposisi permohonan masuk", "dueDate=\"${sopDeadline.workingDays(2)}\"",
        ">${sopDeadline.workingDays(2)}</bpmn:timeDate>");
    assertThat(ModelerDeployment.deploy(app.port(), "andi", bpmn).statusCode()).isEqualTo(200);

    inBrowser("en-US", "modeler-round-trip", browser -> {
      Tasklist tasklist = new Tasklist(browser, app.port());
      tasklist.loginToTasklist("rina");
      tasklist.openStartForm();
      tasklist.type("RequesterName", "Bapak Joko");
      tasklist.type("RequesterPhone", "0813-2222-3333");
      tasklist.choose("Topic", "Pemenuhan hak anak");
      tasklist.type("RequestBackground", "Sekolah meminta sosialisasi hak anak.");
      tasklist.select("RequestChannel", "Surat");
      tasklist.select("PersonalDataConsentGiven", "Formulir persetujuan ditandatangani pemohon");
      tasklist.submitStartForm();
      assertThat(tasklist.notification()).contains("started");
      tasklist.openTask("Tugas Admin", "Registrasi dan disposisi permohonan masuk");
      browser.screenshot("new-version-task");
      // The new version's limit (2 working days) is its task's due date; the running request keeps 1.
      RestClient observer = RestClient.as("sysadmin", app.port());
      java.time.format.DateTimeFormatter restDate = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
      java.time.OffsetDateTime newDue = java.time.OffsetDateTime.parse(observer.get("/engine-rest/task?name="
          + java.net.URLEncoder.encode("Registrasi dan disposisi permohonan masuk", java.nio.charset.StandardCharsets.UTF_8))
          .json().get(0).get("due").asText(), restDate);
      java.time.OffsetDateTime oldDue = java.time.OffsetDateTime.parse(observer.get("/engine-rest/task?processInstanceId="
          + running + "&taskDefinitionKey=Task_RegisterRequest").json().get(0).get("due").asText(), restDate);
      assertThat(newDue).as("2 working days against the running request's 1").isAfter(oldDue);
      tasklist.openTask("Tugas Admin", "Registrasi dan disposisi permohonan");
      browser.screenshot("running-request-keeps-its-version");

      rest.walkToTheEnd(running);

      Tasklist cockpit = new Tasklist(browser, app.port());
      cockpit.login("sari", "cockpit");
      cockpit.waitFor(By.partialLinkText("Processes"));
      cockpit.driver().get("http://localhost:" + app.port() + "/camunda/app/cockpit/default/#/processes");
      cockpit.click(By.linkText("Layanan informasi PUSPAGA"));
      WebElement version = cockpit.waitFor(By.cssSelector("dd.definition-version"));
      assertThat(version.getText().strip()).isEqualTo("2");
      browser.screenshot("cockpit-version-2");
      // The earlier version is still there, with the request that ran on it.
      cockpit.click(By.cssSelector("dd.definition-version .dropdown-toggle"));
      cockpit.click(By.xpath("//dd[contains(@class,'definition-version')]//ul[contains(@class,'dropdown-menu')]"
          + "//a[normalize-space(.)='1']"));
      cockpit.waitFor(By.xpath("//dd[contains(@class,'definition-id') and contains(normalize-space(.),'puspaga-layanan-informasi:1:')]"));
      browser.screenshot("cockpit-version-1");
    });
    assertThat(RestClient.as("sysadmin", app.port()).get("/engine-rest/history/process-instance/" + running).json()
        .get("processDefinitionVersion").asInt()).isEqualTo(1);
  }

  /** What a page shows contains no raw translation key (e.g. PLUGIN_PROCESS_DEF_STATE) and no English menu. */
  private static void assertIndonesian(Tasklist webapp, String where) {
    // The data in the variables table are the request's own (e.g. the channel DATANG_LANGSUNG), not labels.
    String text = (String) webapp.driver().executeScript("""
        const data = [...document.querySelectorAll('td.col-value, td.col-name, td.col-type')];
        data.forEach(cell => cell.style.visibility = 'hidden');
        const text = document.body.innerText;
        data.forEach(cell => cell.style.visibility = '');
        return text;
        """);
    assertThat(text).as(where).doesNotContainPattern("\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b")
        .doesNotContain("Processes", "Decisions", "Human Tasks", "Running Process Instances");
  }

  /** A fresh Chromium for one scenario; when it fails, a screenshot of what the browser showed is kept. */
  private static void inBrowser(String language, String name, BrowserScenario scenario) {
    try (Chromium browser = Chromium.open(language, name)) {
      try {
        scenario.run(browser);
      } catch (Exception | AssertionError e) {
        browser.screenshot("FAILED");
        if (e instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e instanceof AssertionError assertion) {
          throw assertion;
        }
        throw new IllegalStateException(e);
      }
    }
  }

  @FunctionalInterface
  interface BrowserScenario {
    void run(Chromium browser) throws Exception;
  }

  private static RequestWalk rest() {
    return new RequestWalk(RestClient.as("rina", app.port()), RestClient.as("budi", app.port()),
        RestClient.as("sari", app.port()), RestClient.as("sysadmin", app.port()));
  }

  private static JsonNode awaitEnded(RestClient observer, String businessKey) {
    for (int attempt = 0; attempt < 120; attempt++) {
      JsonNode instances = observer.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey).json();
      if (instances.size() == 1 && !"ACTIVE".equals(instances.get(0).get("state").asText())) {
        return instances.get(0);
      }
      Tasklist.sleep(1000);
    }
    throw new AssertionError(businessKey + " did not end");
  }

  /** How a person types and reads a date, whatever the browser's language. */
  static final class Dates {

    private Dates() {}

    /** Into every date field of the forms: day/month/year, as the labels ask. */
    static String typed(LocalDate date) {
      return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** As the forms read a date back: "29 November 2026". */
    static String spoken(LocalDate date) {
      return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID")));
    }
  }

  /** The office's today by the server's clock (the date its rules check typed dates against). */
  private static LocalDate serverToday() {
    return RequestWalk.today(RestClient.as("sysadmin", app.port()));
  }
}
