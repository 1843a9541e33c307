package id.go.tangerangkota.puspaga.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist (and the login of the other webapps) as a person uses it: clicks and typing only. */
public final class Tasklist {

  private static final Duration WAIT = Duration.ofSeconds(30);
  /** The asynchronous document steps run between two tasks: the next one may take a while to appear. */
  private static final Duration TASK_WAIT = Duration.ofMinutes(2);

  private final Chromium browser;
  private final ChromeDriver driver;
  private final String base;

  public Tasklist(Chromium browser, int port) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = "http://localhost:" + port;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Logs in to a webapp (tasklist, cockpit, admin) as a demo user, whose password equals the id. */
  public Tasklist login(String user, String app) {
    driver.manage().deleteAllCookies();
    timed(app + " login page (" + user + ")", () -> {
      driver.get(base + "/camunda/app/" + app + "/default/");
      return waitFor(By.cssSelector("input[ng-model='username']"));
    });
    driver.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    return this;
  }

  public Tasklist loginToTasklist(String user) {
    login(user, "tasklist");
    timed("tasklist after login (" + user + ")", () -> waitFor(By.cssSelector(".start-process-action, [cam-tasklist-filters]")));
    waitFor(By.partialLinkText("Tugas"));
    return this;
  }

  /** Start process → Layanan informasi PUSPAGA → the start form, filled by the caller, then Start. */
  public void openStartForm() {
    click(By.cssSelector(".start-process-action a"));
    click(By.linkText("Layanan informasi PUSPAGA"));
    timed("start form", () -> waitFor(field("RequesterName")));
  }

  public void submitStartForm() {
    click(By.cssSelector(".modal-footer button.btn-primary"));
  }

  /** Opens the task with that name in that saved filter, waiting for it to appear; answers the card's text. */
  public String openTask(String filter, String taskName) {
    return openTask(filter, taskName, "");
  }

  /** The task of that name whose card also shows the given text (e.g. a registration number). */
  public String openTask(String filter, String taskName, String cardContains) {
    Instant deadline = Instant.now().plus(TASK_WAIT);
    while (true) {
      click(By.xpath("//*[contains(@class,'filters') or @cam-tasklist-filters]//a[contains(normalize-space(.),'" + filter + "')]"
          + " | //li[contains(@class,'filter')]//a[contains(normalize-space(.),'" + filter + "')]"));
      sleep(800);
      for (WebElement card : driver.findElements(By.cssSelector(".tasks-list li.task"))) {
        try {
          if (card.getText().startsWith(taskName) && card.getText().contains(cardContains)) {
            String text = card.getText();
            WebElement link = card.findElement(By.cssSelector("h4 a, a"));
            // From the click on the card to its form ready to type in.
            timed("task " + taskName, () -> {
              press(link);
              waiting().until(ExpectedConditions.textToBe(By.cssSelector("h2.task"), taskName));
              waitForFormFields();
              return null;
            });
            sleep(300);
            return text;
          }
        } catch (StaleElementReferenceException listRedrawn) {
          // try again below
        }
      }
      if (Instant.now().isAfter(deadline)) {
        browser.screenshot("missing-" + taskName);
        throw new AssertionError(taskName + " did not appear in " + filter + " within " + TASK_WAIT);
      }
      sleep(1500);
    }
  }

  /** Claims the open task when it is not assigned yet. */
  public void claim() {
    List<WebElement> claim = driver.findElements(By.cssSelector("button.claim"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      press(claim.get(0));
      waiting().until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
      waitForForm();
    }
  }

  private void waitForForm() {
    waitForFormFields();
    sleep(300);
  }

  private void waitForFormFields() {
    waiting().until(d -> !d.findElements(By.cssSelector(".form-container input, .form-container textarea,"
        + " .form-container .fjs-form")).isEmpty());
  }

  /** A Camunda Form field by its id in the .form file (Field_NeedsMap → "NeedsMap"). */
  public static By field(String idSuffix) {
    return By.cssSelector("[id$='-Field_" + idSuffix + "']");
  }

  public void type(String fieldId, String text) {
    // form-js may re-render a field while the previous one's change settles (seen on a busy
    // machine): the text typed then is lost, and the field is empty; it is typed again. (A field
    // that shows something else, e.g. a date reformatted by its picker, is left as it is.)
    for (int attempt = 1; ; attempt++) {
      WebElement input = waitFor(field(fieldId));
      input.clear();
      // Leaving the field makes form-js take the text into its state, or show that it lost it
      // (blurred rather than tabbed out, so that no next field opens, e.g. a select's list).
      input.sendKeys(text);
      ((JavascriptExecutor) driver).executeScript("arguments[0].blur()", input);
      sleep(300);
      try {
        String value = driver.findElement(field(fieldId)).getAttribute("value");
        if (text.isEmpty() || (value != null && !value.isEmpty())) {
          return;
        }
      } catch (StaleElementReferenceException redrawn) {
        // type again
      }
      if (attempt == 3) {
        throw new AssertionError("the field " + fieldId + " stayed empty after typing \"" + text + "\" three times");
      }
    }
  }

  /** Types into any element (the embedded form's inputs). */
  public void typeInto(By element, CharSequence... keys) {
    WebElement input = waitFor(element);
    input.sendKeys(keys);
  }

  /** A radio button of a Camunda Form by its label. */
  public void choose(String fieldId, String label) {
    for (WebElement option : driver.findElements(By.cssSelector("[id*='-Field_" + fieldId + "-']"))) {
      // The option's label wraps it (form-js as in Camunda 7.24) or names it by id (form-js 1.8, as in Operaton 1.0).
      List<WebElement> wrapping = option.findElements(By.xpath("./ancestor::label[1]"));
      WebElement labelElement = wrapping.isEmpty()
          ? driver.findElement(By.cssSelector("label[for='" + option.getAttribute("id") + "']")) : wrapping.get(0);
      if (labelElement.getText().strip().startsWith(label)) {
        press(labelElement);
        return;
      }
    }
    throw new NoSuchElementException("no option " + label + " in " + fieldId);
  }

  /** A select of a Camunda Form: open it and click the option. */
  public void select(String fieldId, String label) {
    WebElement select = waitFor(By.cssSelector(".fjs-form-field-select:has([id$='-Field_" + fieldId + "']) .fjs-input-group"));
    press(select);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"));
  }

  public void check(String fieldId) {
    WebElement box = waitFor(field(fieldId));
    if (!box.isSelected()) {
      press(box);
    }
  }

  /** Complete (or Start in the start dialog) and wait for Tasklist's answer: the notification. */
  public void complete() {
    click(By.cssSelector("button[ng-click='complete()']"));
  }

  /** The text of the latest notification (success or error), waiting for one to show. */
  public String notification() {
    WebElement alert = waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".notifications .alert, .page-notifications .alert, [cam-notifications] .alert")));
    return alert.getText();
  }

  /** Waits until the open task is done: the form is gone or shows another task. */
  public void awaitCompleted(String taskName) {
    waiting().until(d -> {
      List<WebElement> header = d.findElements(By.cssSelector("h2.task"));
      List<WebElement> errors = d.findElements(By.cssSelector(".notifications .alert-danger"));
      if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
        throw new AssertionError("Tasklist refused " + taskName + ": " + errors.get(0).getText());
      }
      return header.isEmpty() || !header.get(0).getText().strip().equals(taskName);
    });
  }

  public void closeNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".notifications .alert .close"))) {
      try {
        close.click();
      } catch (RuntimeException gone) {
        // already closed
      }
    }
  }

  /** Opens the task's Dokumen tab and answers its links' texts. */
  public List<WebElement> documents() {
    click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Dokumen']"));
    return waiting().until(d -> {
      List<WebElement> links = d.findElements(By.cssSelector("ul.puspaga-dokumen a"));
      return links.isEmpty() ? null : links;
    });
  }

  /** Fetches a link's target with the browser's session, as a click would download it: content type and first bytes. */
  public String download(WebElement link) {
    Object answer = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done("
            + "r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))))"
            + ".catch(e => done('error ' + e));", link.getAttribute("href"));
    return String.valueOf(answer);
  }

  /** Tasklist redraws as data arrive: an element found a moment ago may be replaced, so waits look again. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Waits until the element is in the page, shown or not (e.g. an empty plugin container). */
  public WebElement present(By element) {
    return waiting().until(ExpectedConditions.presenceOfElementLocated(element));
  }

  public WebElement waitFor(By element) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  public void click(By element) {
    press(waiting().until(ExpectedConditions.elementToBeClickable(element)));
  }

  /**
   * Clicks as a person would: scrolled to the middle of the view first, and with Tasklist's
   * notifications (which float over the form's lower right corner) closed when they are in the way.
   */
  public void press(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      closeNotifications();
      sleep(300);
      try {
        element.click();
      } catch (org.openqa.selenium.ElementClickInterceptedException stillCovered) {
        // Tasklist's fixed footer lies over the lowest button of a long form: a person scrolls or
        // uses the keyboard; the keyboard it is.
        element.sendKeys(Keys.ENTER);
      }
    }
  }

  public Chromium browser() {
    return browser;
  }

  /** Runs a step that loads something and prints how long it took: "[browser] step: N ms". */
  public <T> T timed(String step, Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    System.out.printf("[browser] %s: %d ms%n", step, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
