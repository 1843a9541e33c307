package id.go.tangerangkota.puspaga.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** A deployment exactly as Camunda Modeler sends it ("Deploy to Camunda 7", HTTP Basic, multipart). */
public final class ModelerDeployment {

  private ModelerDeployment() {}

  /** The model with the forms of processes/ attached, as an analyst deploys it; the user's password equals the id. */
  public static HttpResponse<String> deploy(int port, String user, String bpmn) throws IOException, InterruptedException {
    return deploy(port, user, parts(bpmn));
  }

  /** The parts Modeler sends: name, source, duplicate filtering, the diagram and its attached forms. */
  public static Map<String, Object> parts(String bpmn) throws IOException {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", "puspaga-layanan-informasi");
    parts.put("deployment-source", "Camunda Modeler");
    parts.put("enable-duplicate-filtering", "true");
    parts.put("puspaga-layanan-informasi.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form") || f.toString().endsWith(".html")).toList()) {
        parts.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return parts;
  }

  public static HttpResponse<String> deploy(int port, String user, Map<String, Object> parts)
      throws IOException, InterruptedException {
    return deploy(port, user, user, parts);
  }

  public static HttpResponse<String> deploy(int port, String user, String password, Map<String, Object> parts)
      throws IOException, InterruptedException {
    String boundary = "----modeler" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> part : parts.entrySet()) {
      body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
      if (part.getValue() instanceof byte[] file) {
        body.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\"" + part.getKey()
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
      } else {
        body.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n" + part.getValue())
            .getBytes(StandardCharsets.UTF_8));
      }
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
