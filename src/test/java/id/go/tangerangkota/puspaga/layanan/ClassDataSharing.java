package id.go.tangerangkota.puspaga.layanan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The JVM's class-data sharing as Spring Boot 3.3+ supports it, the same steps as the Dockerfile:
 * the jar extracted ({@code -Djarmode=tools extract}), a training run that ends once the
 * application context has refreshed ({@code -XX:ArchiveClassesAtExit}), then starts with
 * {@code -XX:SharedArchiveFile}. The archive holds only for the extracted jar at the same path.
 */
final class ClassDataSharing {

  /** An extracted jar and the archive trained on it. */
  record Prepared(Path jar, Path archive) {

    List<String> jvmOptions() {
      return List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
    }
  }

  private ClassDataSharing() {}

  /** Extracts the jar into {@code directory} and trains the archive with the application's own start arguments. */
  static Prepared prepare(Path jar, Path directory, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    Files.createDirectories(directory);
    run(directory, Map.of(), List.of("-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
        directory.toAbsolutePath().toString(), "--force"));
    Path extracted = directory.resolve(jar.getFileName());
    Path archive = directory.resolve("application.jsa");
    List<String> training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(),
        "-Dspring.context.exit=onRefresh", "-jar", extracted.toAbsolutePath().toString()));
    training.addAll(List.of(arguments));
    run(directory, environment, training);
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("the training run wrote no archive: " + archive);
    }
    return new Prepared(extracted, archive);
  }

  private static void run(Path directory, Map<String, String> environment, List<String> options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(options);
    Path log = Files.createTempFile("cds", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("PUSPAGA_") || name.startsWith("SPRING_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", options) + " failed: " + Files.readString(log));
    }
  }
}
