package id.go.tangerangkota.puspaga.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, driven headless through Debian's ChromeDriver (both installed by .ci/run;
 * nothing is downloaded), in a browser language of the test's choosing and the office's time
 * zone. Screenshots of every step go to target/browser-screenshots/.
 */
public final class Chromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private final ChromeDriver driver;
  private final Path screenshots;
  private int shot;

  private Chromium(ChromeDriver driver, Path screenshots) {
    this.driver = driver;
    this.screenshots = screenshots;
  }

  /** A new browser with an empty profile, e.g. {@code open("en-US", "walk")}. */
  public static Chromium open(String language, String name) {
    return open(language, name, 1400, 1000);
  }

  /** A new browser whose window has this size, e.g. 1366 by 768, a common office screen. */
  public static Chromium open(String language, String name, int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Chromium and ChromeDriver from Debian are needed: apt-get install chromium chromium-driver"
          + " (.ci/run does it)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=" + width + "," + height, "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Asia/Jakarta", "LANGUAGE", language.replace('-', '_'), "LANG",
            language.replace('-', '_') + ".UTF-8"))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // The language and zone pages see (navigator.language, Intl, Date), as on an office PC set up that way.
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Jakarta"));
    try {
      Path dir = Files.createDirectories(SCREENSHOTS.resolve(name));
      try (var old = Files.list(dir)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      return new Chromium(driver, dir);
    } catch (IOException e) {
      driver.quit();
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lets the browser save downloads (a file the page answers with "attachment") into a fresh folder,
   * and answers it, for a test that clicks a download button as a person does.
   */
  public Path allowDownloads() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "browser-downloads").resolve(screenshots.getFileName()));
      try (var old = Files.list(dir)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
          "downloadPath", dir.toAbsolutePath().toString()));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves what the browser shows now as NN-label.png and answers the file. */
  public Path screenshot(String label) {
    try {
      Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, label.replaceAll("[^A-Za-z0-9-]+", "-")));
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Path> screenshots() {
    try (var files = Files.list(screenshots)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
