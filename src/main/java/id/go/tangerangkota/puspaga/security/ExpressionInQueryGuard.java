package id.go.tangerangkota.puspaga.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import id.go.tangerangkota.puspaga.system.CachedBodyRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CVE-2026-109432: a logged-in user could run expressions through {@code orQueries} of a task
 * query, around the engine's ban on expressions in ad-hoc queries. 7.24.0 CE gets no fix, so every
 * ad-hoc task query (engine REST and the webapps' internal engine API, including the query a
 * saved filter is extended with) that carries {@code ${} or {@code #{} anywhere is refused with
 * 400. Saved filters keep their stored expressions, e.g. {@code ${currentUser()}}: those are
 * created by a filter request, which is not a task query, and run inside the engine.
 */
class ExpressionInQueryGuard extends OncePerRequestFilter {

  /** Task queries and filter executions, under /engine-rest and under /camunda/api/engine/engine/{name}. */
  private static final Pattern TASK_QUERY = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)(/engine/[^/]+)?"
          + "(/task(/count)?|/filter/[^/]+/(list|count|singleResult))/?$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!TASK_QUERY.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    String query = request.getQueryString() == null ? "" : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
    byte[] body = request.getInputStream().readAllBytes();
    if (EXPRESSION.matcher(query).find() || EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":"
          + "\"Expressions (${...} or #{...}) are not allowed in task queries.\"}");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }
}
