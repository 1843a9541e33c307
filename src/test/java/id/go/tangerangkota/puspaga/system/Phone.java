package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A requester's phone on the public pages: its own cookie jar, its own client address (the rate
 * limits count by it), and the hidden fields of the form it was shown sent back with the answers.
 */
public class Phone {

  private static final AtomicInteger CLIENTS = new AtomicInteger();
  private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;
  private final String address;

  public Phone(int port) {
    this.port = port;
    int client = CLIENTS.incrementAndGet();
    this.address = "10." + (client / 250 % 250) + "." + (client % 250) + ".7";
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Map<String, String> values) throws Exception {
    String body = values.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-Forwarded-For", address).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** As a person does: some time after the form appeared (the tests' minimum fill time is 1 s). */
  public HttpResponse<String> submit(String path, String page, Map<String, String> values) throws Exception {
    Thread.sleep(1100);
    return post(path, withHidden(page, values));
  }

  public HttpResponse<String> submitAtOnce(String path, String page, Map<String, String> values) throws Exception {
    return post(path, withHidden(page, values));
  }

  public HttpResponse<String> statusResponse(String number, String code) throws Exception {
    return post("/permohonan/status", withHidden(get("/permohonan/status").body(),
        Map.of("registrationNumber", number, "statusCode", code)));
  }

  public String status(String number, String code) throws Exception {
    HttpResponse<String> response = statusResponse(number, code);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** The answers with the form's hidden fields (anti-forgery token, its time and signature). */
  public static Map<String, String> withHidden(String page, Map<String, String> values) {
    Map<String, String> all = new LinkedHashMap<>(values);
    Matcher hidden = HIDDEN.matcher(page);
    while (hidden.find()) {
      all.put(hidden.group(1), hidden.group(2));
    }
    return all;
  }
}
