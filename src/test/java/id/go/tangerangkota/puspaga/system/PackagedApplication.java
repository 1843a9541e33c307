package id.go.tangerangkota.puspaga.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar (built by `package` before the integration tests) run in its own JVM, as a sysadmin would. */
public final class PackagedApplication implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final int port;

  private PackagedApplication(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the jar in {@code workDir} on a free port with the given environment and arguments. */
  public static PackagedApplication start(Path workDir, Map<String, String> environment, String... arguments)
      throws IOException {
    return startJar(itJvmOptions(), jar(), workDir, environment, arguments);
  }

  /**
   * JVM options the integration tests give the jar (pom.xml, {@code puspaga.it.jvm-options}): the
   * client compiler only, which starts the application about 3 s sooner and changes nothing it
   * does. Benchmarks do not set it: they measure the jar as shipped.
   */
  private static List<String> itJvmOptions() {
    String options = System.getProperty("puspaga.it.jvm-options", "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  /** The application's packaged jar in target/. */
  public static Path jar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("puspaga-workflow-.*\\.jar")).findFirst().orElseThrow();
    }
  }

  /** Starts another Spring Boot jar the same way (the benchmark's stock starter application). */
  public static PackagedApplication startJar(Path jar, Path workDir, Map<String, String> environment, String... arguments)
      throws IOException {
    return startJar(List.of(), jar, workDir, environment, arguments);
  }

  /** As {@link #startJar(Path, Path, Map, String...)}, with options for the JVM (a class-data archive). */
  public static PackagedApplication startJar(List<String> jvmOptions, Path jar, Path workDir, Map<String, String> environment,
      String... arguments) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
    command.addAll(List.of(arguments));
    Path log = workDir.resolve("application.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("PUSPAGA_") || name.startsWith("SPRING_"));
    builder.environment().putAll(environment);
    return new PackagedApplication(builder.start(), log, port);
  }

  public int port() {
    return port;
  }

  /** The operating system's process id (the benchmarks read its resident memory). */
  public long pid() {
    return process.pid();
  }

  /** Waits for the process to end by itself and gives its exit code. */
  public int awaitExit() throws InterruptedException {
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      throw new AssertionError("still running after 3 minutes: " + output());
    }
    return process.exitValue();
  }

  public void awaitHealthy() throws InterruptedException {
    awaitOk("/actuator/health", 500);
  }

  /** Waits until {@code path} answers 200, polling every 100 ms (the benchmark's "ready"). */
  public void awaitPage(String path) throws InterruptedException {
    awaitOk(path, 100);
  }

  private void awaitOk(String path, long pollMillis) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    HttpClient http = HttpClient.newHttpClient();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("ended while starting: " + output());
      }
      try {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(pollMillis);
    }
    throw new AssertionError(path + " not answering 200 in time: " + output());
  }

  /** SIGKILL, as a power cut or the OOM killer ends it: no shutdown hook, no rollback by the application. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("still alive after SIGKILL");
    }
    return process.exitValue();
  }

  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
