package id.go.tangerangkota.puspaga.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A new member of staff's first day: a request taken through the SOP in Chromium (id-ID, 1366×768)
 * by following the buku panduan's words alone. The test reads each numbered step of a guide's
 * section and acts on what it names, in order: a field label in bold is filled (with the test's
 * answers, the only thing not in the guide), a button or link in bold is clicked, a Tasklist
 * filter in bold is chosen and a task named in italics is opened there; a field that shows no such
 * label (hidden, or only to be read) is read, not filled. When a guide misses a click the person
 * needs, the request stops and the test fails: the guide is not complete enough to work from.
 * Its staff are the second office's (Kota Tangerang Selatan: tika, joko, wulan), so that a request
 * of each demo office goes through all nine steps in a browser (the first: SopInTheBrowserIT).
 */
class GuideFollowingIT {

  private static final Path GUIDES = Path.of("docs", "panduan");
  private static final Pattern STEP = Pattern.compile("(?m)^\\d+\\. ");
  private static final Pattern WORDS = Pattern.compile("\\*\\*(.+?)\\*\\*|(?<![*\\w])\\*([^*\\n]+?)\\*(?![*\\w])", Pattern.DOTALL);

  static PackagedApplication app;

  @BeforeAll
  static void start(@TempDir Path workDir) throws Exception {
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

  @Test
  void aRequestGoesThroughByTheAdminAndKonselorGuidesWordsAlone() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Map<String, Deque<String>> answers = answers(today);
    try (Chromium browser = Chromium.open("id-ID", "panduan-hari-pertama", 1366, 768)) {
      Walker walker = new Walker(browser, answers);
      walker.startAt("/", "tika");
      walker.follow("admin", "Masuk ke Tasklist");
      walker.follow("admin", "Mencatat permohonan yang datang langsung atau lewat telepon");
      walker.follow("admin", "Langkah 1: Registrasi dan disposisi permohonan");

      walker.startAt("/camunda/app/tasklist/default/", "joko");
      walker.follow("konselor", "Masuk dan menemukan tugas");
      walker.follow("konselor", "Langkah 2: Petakan kebutuhan masyarakat");
      walker.follow("konselor", "Langkah 3: Ajukan program kerja");

      walker.startAt("/camunda/app/tasklist/default/", "wulan");
      walker.follow("ketua", "Masuk dan menemukan tugas");
      walker.follow("ketua", "Langkah 4: Tinjau program kerja");

      walker.startAt("/camunda/app/tasklist/default/", "joko");
      walker.follow("konselor", "Masuk dan menemukan tugas");
      for (int activity = 0; activity < 2; activity++) {
        walker.follow("konselor", "Langkah 5: Laksanakan kegiatan");
        walker.follow("konselor", "Langkah 6: Laporkan kegiatan");
      }
      walker.startAt("/camunda/app/tasklist/default/", "joko");
      walker.follow("konselor", "Masuk dan menemukan tugas");
      walker.follow("konselor", "Langkah 7: Susun laporan pelaksanaan program");

      walker.startAt("/camunda/app/tasklist/default/", "wulan");
      walker.follow("ketua", "Masuk dan menemukan tugas");
      walker.follow("ketua", "Langkah 8: Koordinasikan laporan pelaksanaan program");

      walker.startAt("/camunda/app/tasklist/default/", "tika");
      walker.follow("admin", "Masuk ke Tasklist");
      walker.follow("admin", "Langkah 9: Arsipkan laporan pelaksanaan program");
    }
    JsonNode ended = RestClient.as("sysadmin", app.port())
        .get("/engine-rest/history/process-instance?processDefinitionKey=puspaga-layanan-informasi&finished=true").json();
    assertThat(ended.size()).as("the request went through all nine steps").isEqualTo(1);
    assertThat(answers.values()).as("every answer the guides asked for was used").allMatch(Deque::isEmpty);
  }

  /** What the new member of staff types or picks, by the label the guide names; a list for a label asked more than once. */
  private static Map<String, Deque<String>> answers(LocalDate today) {
    String date = SopInTheBrowserIT.Dates.typed(today);
    Map<String, List<String>> answers = new LinkedHashMap<>();
    answers.put("Nama pemohon", List.of("Ibu Sri Wahyuni"));
    answers.put("Nomor telepon/WhatsApp", List.of("0812-1111-2222"));
    answers.put("Topik", List.of("Pengasuhan"));
    answers.put("Latar belakang kebutuhan", List.of("Warga RW 05 meminta penyuluhan pengasuhan."));
    answers.put("Permohonan diterima melalui", List.of("Telepon"));
    answers.put("Persetujuan pemrosesan data pribadi", List.of("Persetujuan lisan (telepon/WhatsApp), dicatat petugas"));
    answers.put("Jenis layanan", List.of("Layanan informasi"));
    answers.put("Isi disposisi kepada koordinator", List.of("Mohon dipetakan kebutuhannya."));
    answers.put("Hasil pemetaan kebutuhan masyarakat", List.of("Orang tua RW 05 membutuhkan penyuluhan pengasuhan positif."));
    answers.put("Hasil dengar pendapat layanan lain dan usulan masyarakat", List.of("Posyandu mengusulkan kelas orang tua."));
    answers.put("Judul program kerja", List.of("Penyuluhan pengasuhan positif"));
    answers.put("Tujuan dan sasaran", List.of("Orang tua memahami pengasuhan positif; 40 peserta."));
    answers.put("Program berakhir pada (HH/BB/TTTT)", List.of(SopInTheBrowserIT.Dates.typed(today.plusMonths(1))));
    answers.put("Nama kegiatan", List.of("Penyuluhan di balai RW 05", "Kelas orang tua"));
    answers.put("Tanggal (HH/BB/TTTT)", List.of(date, date));
    answers.put("Keputusan", List.of("Setujui"));
    answers.put("Catatan/disposisi Ketua", List.of("Disetujui; laksanakan sesuai rencana."));
    answers.put("Tanggal pelaksanaan (HH/BB/TTTT)", List.of(date, date));
    answers.put("Jumlah peserta", List.of("25", "18"));
    answers.put("Pelaksana kegiatan", List.of("Dewi Konselor", "Dewi Konselor"));
    answers.put("Uraian pelaksanaan dibanding rencana", List.of("Sesuai rencana.", "Sesuai rencana."));
    answers.put("Hasil dan tindak lanjut", List.of("Peserta memahami materi.", "Kelas lanjutan bulan depan."));
    answers.put("Ringkasan pelaksanaan program", List.of("Dua kegiatan terlaksana dengan 43 peserta."));
    answers.put("Evaluasi terhadap rencana program kerja", List.of("Semua kegiatan sesuai rencana."));
    answers.put("Catatan hasil koordinasi", List.of("Laporan diterima; lanjutkan ke arsip."));
    answers.put("Berkas pelaksanaan program kerja telah diterima lengkap", List.of("ya"));
    answers.put("Catatan arsip", List.of("Berkas lengkap."));
    Map<String, Deque<String>> queues = new LinkedHashMap<>();
    answers.forEach((label, values) -> queues.put(label, new ArrayDeque<>(values)));
    return queues;
  }

  /** One person at the browser, doing what the guide's steps say. */
  private static final class Walker {

    private final Chromium browser;
    private final Tasklist page;
    private final Map<String, Deque<String>> answers;
    private final List<String> filtersNamed = new ArrayList<>();
    private String user;
    private String openTask;

    Walker(Chromium browser, Map<String, Deque<String>> answers) {
      this.browser = browser;
      this.page = new Tasklist(browser, app.port());
      this.answers = answers;
    }

    /** A person sits down at the application's address with their own user name. */
    void startAt(String path, String user) {
      this.user = user;
      filtersNamed.clear();
      openTask = null;
      browser.driver().manage().deleteAllCookies();
      browser.driver().get("http://localhost:" + app.port() + path);
    }

    void follow(String guide, String section) throws IOException {
      String text = Files.readString(GUIDES.resolve(guide + ".md"));
      int start = text.indexOf("\n## " + section + "\n");
      assertThat(start).as(guide + ".md has the section " + section).isNotNegative();
      int end = text.indexOf("\n## ", start + 4);
      String body = text.substring(start, end < 0 ? text.length() : end);
      String[] steps = STEP.split(body);
      for (int i = 1; i < steps.length; i++) {
        // Paragraphs after the last step are not steps.
        String step = steps[i].split("\n\n(?! )")[0];
        browser.screenshot(guide + "-" + section.replaceAll("\\W+", "-") + "-" + i);
        act(step);
      }
    }

    private void act(String step) {
      Matcher words = WORDS.matcher(step);
      List<String[]> actions = new ArrayList<>();
      while (words.find()) {
        String bold = words.group(1);
        actions.add(bold != null ? new String[] {"bold", normalized(bold)} : new String[] {"italic", normalized(words.group(2))});
      }
      // A filter named in a step is where its task is looked for, wherever the sentence names it.
      for (String[] action : actions) {
        if (action[0].equals("bold") && isFilter(action[1])) {
          filtersNamed.remove(action[1]);
          filtersNamed.add(0, action[1]);
        }
      }
      for (String[] action : actions) {
        if (action[0].equals("italic")) {
          italic(action[1]);
        } else if (!isFilter(action[1])) {
          bold(action[1]);
        }
      }
    }

    private void italic(String words) {
      if (TASKS.contains(words)) {
        if (!words.equals(openTask)) {
          openTaskInNamedFilters(words);
        }
        return;
      }
      List<WebElement> links = visible(By.xpath("//a[normalize-space(.)=" + literal(words) + "]"));
      if (!links.isEmpty()) {
        press(links.get(0));
        pause(1500);
      }
    }

    private void bold(String label) {
      switch (label) {
        case "Nama pengguna" -> typeExactly("username", user);
        case "Kata sandi" -> {
          typeExactly("password", user);
          // Seen once on a busy machine: the password's keys went to the name field ("jokojoko").
          typeExactly("username", user);
        }
        case "Masuk" -> {
          page.click(By.cssSelector("button[type='submit']"));
          // Logged in: the login form is gone (Tasklist's list, or the welcome page's choice of webapps).
          for (int wait = 0; wait < 60 && !visible(By.cssSelector("input[ng-model='username']")).isEmpty(); wait++) {
            pause(500);
          }
          pause(1500);
        }
        case "Klaim" -> page.claim();
        case "Selesaikan" -> {
          page.complete();
          page.awaitCompleted(openTask);
          openTask = null;
          pause(1000);
        }
        case "Mulai" -> {
          page.submitStartForm();
          assertThat(page.notification()).contains("Proses telah dimulai");
          page.closeNotifications();
        }
        default -> {
          if (!fill(label)) {
            clickButtonOrLink(label);
          }
        }
      }
    }

    /** A field of the login form holding exactly this text, typed again when it does not. */
    private void typeExactly(String model, String text) {
      By field = By.cssSelector("input[ng-model='" + model + "']");
      for (int attempt = 1; ; attempt++) {
        WebElement input = page.waitFor(field);
        if (text.equals(input.getAttribute("value"))) {
          return;
        }
        input.clear();
        input.sendKeys(text);
        pause(200);
        if (text.equals(page.waitFor(field).getAttribute("value")) || attempt == 3) {
          return;
        }
      }
    }

    /** Fills the field with this label, if one shows; false when none does. */
    private boolean fill(String label) {
      if (!answers.containsKey(label)) {
        return false;
      }
      List<WebElement> labels = visible(By.xpath("//label[" + normalizedText() + "=" + literal(label) + "]"));
      List<WebElement> headers = visible(By.xpath("//th[normalize-space(.)=" + literal(label) + "]"));
      if (labels.isEmpty() && headers.isEmpty()) {
        pause(2000);
        labels = visible(By.xpath("//label[" + normalizedText() + "=" + literal(label) + "]"));
        headers = visible(By.xpath("//th[normalize-space(.)=" + literal(label) + "]"));
      }
      if (!headers.isEmpty()) {
        // A column of a table of rows (the activities): the last row's input in that column.
        int column = browser.driver().findElements(By.xpath("//th[normalize-space(.)=" + literal(label)
            + "]/preceding-sibling::th")).size() + 1;
        page.typeInto(By.xpath("(//table[.//th[normalize-space(.)=" + literal(label) + "]]//tbody/tr)[last()]/td[" + column
            + "]//input"), answers.get(label).removeFirst());
        return true;
      }
      if (labels.isEmpty()) {
        return false;
      }
      WebElement label0 = labels.get(0);
      List<WebElement> containers = label0.findElements(By.xpath("./ancestor::*[contains(@class,'fjs-form-field ')"
          + " or contains(concat(@class,' '),'fjs-form-field ')][1]"));
      if (!containers.isEmpty()) {
        // A Camunda Form field: its kind and id from the page, as a person sees it (read-only fields are read).
        WebElement container = containers.get(0);
        List<WebElement> inputs = container.findElements(By.xpath(".//*[contains(@id,'Field_')]"));
        if (inputs.isEmpty()) {
          return false;
        }
        WebElement input = inputs.get(0);
        if (input.getAttribute("readonly") != null || input.getAttribute("disabled") != null
            || container.getAttribute("class").contains("readonly") || container.getAttribute("class").contains("disabled")) {
          return true;
        }
        Matcher id = Pattern.compile("Field_([A-Za-z0-9]+)").matcher(input.getAttribute("id"));
        assertThat(id.find()).isTrue();
        String classes = container.getAttribute("class");
        String value = answers.get(label).removeFirst();
        if (classes.contains("fjs-form-field-radio")) {
          page.choose(id.group(1), value);
        } else if (classes.contains("fjs-form-field-select")) {
          page.select(id.group(1), value);
        } else if (classes.contains("fjs-form-field-checkbox")) {
          page.check(id.group(1));
        } else {
          page.type(id.group(1), value);
        }
        return true;
      }
      String target = label0.getAttribute("for");
      if (target != null && !target.isEmpty()) {
        page.typeInto(By.id(target), answers.get(label).removeFirst());
        return true;
      }
      return false;
    }

    private void clickButtonOrLink(String label) {
      List<WebElement> targets = visible(By.xpath("//button[normalize-space(.)=" + literal(label) + " or "
          + "normalize-space(translate(., '+', ''))=" + literal(label) + "] | //a[not(ancestor::ul[contains(@class,'nav-tabs')])]"
          + "[normalize-space(.)=" + literal(label) + " or .//*[normalize-space(.)=" + literal(label) + "]]"));
      if (!targets.isEmpty()) {
        press(targets.get(0));
        pause(1500);
      }
    }

    private void openTaskInNamedFilters(String task) {
      for (int attempt = 0; attempt < 20; attempt++) {
        for (String filter : filtersNamed) {
          page.click(By.xpath("//*[contains(@class,'filters') or @cam-tasklist-filters]//a[contains(normalize-space(.),"
              + literal(filter) + ")]"));
          pause(1200);
          for (WebElement card : browser.driver().findElements(By.cssSelector(".tasks-list li.task"))) {
            if (card.getText().startsWith(task)) {
              page.openTask(filter, task);
              openTask = task;
              return;
            }
          }
        }
        pause(1500);
      }
      browser.screenshot("missing-" + task);
      throw new AssertionError(task + " is in none of the filters the guide named: " + filtersNamed);
    }

    /** Scrolled to the middle of the window first: a 768-pixel screen's footer may cover it. */
    private void press(WebElement element) {
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "arguments[0].scrollIntoView({block: 'center'})", element);
      pause(200);
      element.click();
    }

    private boolean isFilter(String label) {
      if (!label.startsWith("Tugas ")) {
        return false;
      }
      By filter = By.xpath("//*[contains(@class,'filters') or @cam-tasklist-filters]//a[contains(normalize-space(.),"
          + literal(label) + ")]");
      // Tasklist may still be loading its filters.
      for (int wait = 0; wait < 20 && visible(filter).isEmpty(); wait++) {
        pause(500);
      }
      return !visible(filter).isEmpty();
    }

    private List<WebElement> visible(By locator) {
      for (int attempt = 0; ; attempt++) {
        try {
          return browser.driver().findElements(locator).stream().filter(WebElement::isDisplayed).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
          if (attempt == 5) {
            throw redrawn;
          }
          pause(300);
        }
      }
    }
  }

  /** The model's task names: a step names its task in italics. */
  private static final List<String> TASKS = List.of("Registrasi dan disposisi permohonan", "Petakan kebutuhan masyarakat",
      "Ajukan program kerja", "Tinjau program kerja", "Laksanakan kegiatan", "Laporkan kegiatan",
      "Susun laporan pelaksanaan program", "Koordinasikan laporan pelaksanaan program",
      "Arsipkan laporan pelaksanaan program");

  /** A label's text without its required-field star and colon, as the guide writes it. */
  private static String normalizedText() {
    return "normalize-space(translate(translate(normalize-space(.), '*', ''), ':', ''))";
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String literal(String text) {
    return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
