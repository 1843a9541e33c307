package id.go.tangerangkota.puspaga.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST resources put an English prefix before every refusal they pass on ("Cannot
 * submit task form 1234-...: "), and Tasklist shows the message as it comes. Staff should read
 * only our Indonesian message, so a 4xx answer of a submission or completion, on the engine REST
 * API and on the webapps' API alike, has that prefix taken off its {@code message}. And where a
 * resource answers our refusal with 500 (starting an instance, saving a task do), the answer becomes 400.
 */
class RefusalMessageFilter extends OncePerRequestFilter {

  static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^(?:Cannot submit task form|Cannot complete task|Cannot resolve task|Cannot instantiate process definition)"
          + " [^:]*: ", Pattern.DOTALL);

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // PUT: saving a task (its due date) may be refused too.
    return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
    } finally {
      byte[] body = buffered.getContentAsByteArray();
      Object refusal = request.getAttribute(SubmissionRejectedException.REQUEST_ATTRIBUTE);
      byte[] rewritten;
      if (refusal != null && buffered.getStatus() >= 400) {
        // One of our rules refused the input: 400 with its message, whatever the resource made of it.
        buffered.setStatus(400);
        rewritten = json.writeValueAsBytes(Map.of("type", "SubmissionRejectedException", "message", refusal));
      } else {
        rewritten = buffered.getStatus() >= 400 && buffered.getStatus() < 500 ? withoutPrefix(body) : null;
      }
      if (rewritten != null) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(rewritten);
      }
      buffered.copyBodyToResponse();
    }
  }

  private byte[] withoutPrefix(byte[] body) {
    try {
      if (!(json.readTree(body) instanceof ObjectNode answer) || !answer.path("message").isTextual()) {
        return null;
      }
      Matcher prefix = ENGINE_PREFIX.matcher(answer.get("message").asText());
      if (!prefix.find()) {
        return null;
      }
      answer.put("message", answer.get("message").asText().substring(prefix.end()));
      return json.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8);
    } catch (IOException notJson) {
      return null;
    }
  }
}
