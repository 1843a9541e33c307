package id.go.tangerangkota.puspaga.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist saves a task's follow-up or due date by sending the whole task back (PUT .../task/{id}),
 * its Camunda Form reference ({@code camundaFormRef}) included, which the 7.24 REST API cannot read
 * and refuses with an empty 400 ("The task could not be saved"). The reference is read-only and
 * no update changes it: it is taken out of the body here, everything else goes on as sent.
 */
class TaskUpdateBodyFilter extends OncePerRequestFilter {

  private static final Pattern TASK = Pattern.compile("^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/[^/]+$");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"PUT".equals(request.getMethod())
        || !TASK.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    try {
      JsonNode task = json.readTree(body);
      if (task instanceof ObjectNode object && object.has("camundaFormRef")) {
        object.remove("camundaFormRef");
        body = json.writeValueAsBytes(object);
      }
    } catch (IOException notJson) {
      // passed on as it came: the REST API answers it
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }
}
