package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The benchmark's baseline for start-up and memory: the stock Camunda starter application
 * (src/bench/stock-starter, as start.camunda.com generates it), built in the same run, and how a
 * started jar's readiness, resident memory and live heap are read, the same way for both.
 */
final class StockStarter {

  /** Both apps serve it once the webapps are up; it needs no login. */
  static final String READY_PAGE = "/camunda/app/tasklist/default/";

  private StockStarter() {
  }

  record Figures(double readySeconds, long residentMegabytes, double liveHeapMegabytes) {
  }

  interface Launch {
    PackagedApplication start(Path workDir) throws IOException;
  }

  private static Path built;

  /** Builds the stock starter with this project's Maven wrapper, once a run; its jar lands in target/stock-starter. */
  static synchronized Path build() throws IOException, InterruptedException {
    if (built != null) {
      return built;
    }
    Process maven = new ProcessBuilder("./mvnw", "-B", "-q", "-f", "src/bench/stock-starter/pom.xml", "-DskipTests", "package")
        .inheritIO().start();
    if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
      throw new IllegalStateException("the stock starter did not build");
    }
    built = Path.of("target", "stock-starter", "stock-camunda-starter-1.jar");
    return built;
  }

  /** Starts, waits for {@link #READY_PAGE}, reads the figures, stops. */
  static Figures startOnce(Launch launch) throws Exception {
    Path work = Files.createTempDirectory("bench-start");
    long launched = System.nanoTime();
    try (PackagedApplication app = launch.start(work)) {
      app.awaitPage(READY_PAGE);
      double ready = (System.nanoTime() - launched) / 1e9;
      return figures(app, ready);
    }
  }

  static Figures figures(PackagedApplication app, double readySeconds) throws IOException, InterruptedException {
    long resident = residentMegabytes(app.pid());
    return new Figures(readySeconds, resident, liveHeapMegabytes(app.pid()));
  }

  static long residentMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  /**
   * The heap in use after a full collection (what the application keeps, not what it has not
   * collected yet), read with the JDK's jcmd from outside, as for any JVM.
   */
  static double liveHeapMegabytes(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("no heap figure from jcmd");
    }
    return Long.parseLong(used.group(1)) / 1024.0;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid),
        command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor(1, TimeUnit.MINUTES);
    return output;
  }

  /**
   * The stock app's share of the load: it has no SOP, so it walks a model of nine plain user tasks
   * (deployed over REST) the same number of times, each task read and completed over REST.
   */
  static void walkNineTasks(int port, int requests) throws IOException, InterruptedException {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("Process_NineTasks").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Request");
    for (int step = 1; step <= 9; step++) {
      flow = flow.userTask("Task_Step" + step).camundaAssignee("demo");
    }
    deploy(port, Bpmn.convertToString(flow.endEvent("EndEvent_Archived").done()));
    RestClient demo = RestClient.as("demo", port);
    for (int request = 0; request < requests; request++) {
      String instance = demo.post("/engine-rest/process-definition/key/Process_NineTasks/start", Map.of()).json().get("id")
          .asText();
      for (int step = 1; step <= 9; step++) {
        String task = demo.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();
        demo.get("/engine-rest/task/" + task);
        RestClient.Response done = demo.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of()));
        if (done.status() != 204) {
          throw new IllegalStateException("stock starter: " + done);
        }
      }
    }
  }

  private static void deploy(int port, String bpmn) throws IOException, InterruptedException {
    String boundary = "bench" + System.nanoTime();
    String body = String.join("\r\n", List.of(
        "--" + boundary, "Content-Disposition: form-data; name=\"deployment-name\"", "", "nine-tasks",
        "--" + boundary, "Content-Disposition: form-data; name=\"data\"; filename=\"nine-tasks.bpmn\"",
        "Content-Type: application/xml", "", bpmn, "--" + boundary + "--", ""));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("stock starter refused the deployment: " + answer.statusCode() + " " + answer.body());
    }
  }
}
