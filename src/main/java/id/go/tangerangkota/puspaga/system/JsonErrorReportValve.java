package id.go.tangerangkota.puspaga.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some bad requests itself, before the application sees them (an encoded slash
 * {@code %2F} in a path, an invalid character): with an HTML page. Under {@code /api/} every
 * answer is JSON with a {@code message}, also those; elsewhere (the webapps) Tomcat's page stays,
 * without server details.
 */
public class JsonErrorReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    String uri = request.getRequestURI();
    if (uri == null || !(uri.startsWith("/api/") || uri.startsWith("/engine-rest/"))) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      byte[] body = JSON.writeValueAsBytes(Map.of("status", status, "message", messageFor(status)));
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was already committed: nothing more to tell it.
    }
  }

  private static String messageFor(int status) {
    return switch (status) {
      case 400 -> "Permintaan tidak valid: alamat (URL) berisi karakter yang tidak diizinkan, misalnya garis miring"
          + " yang dikodekan (%2F). Untuk nomor tanda terima gunakan GET /api/archive?receipt=<nomor>.";
      case 404 -> "Alamat tidak ditemukan.";
      case 405 -> "Metode HTTP ini tidak diizinkan untuk alamat ini.";
      default -> "Permintaan tidak dapat diproses (HTTP " + status + ").";
    };
  }
}
