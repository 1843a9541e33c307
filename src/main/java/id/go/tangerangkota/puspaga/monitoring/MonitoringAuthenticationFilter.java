package id.go.tangerangkota.puspaga.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator for operators: health (and its liveness and readiness groups) stays open, without
 * details; everything else, Prometheus included, needs HTTP Basic of a member of {@code monitoring}.
 * A scrape recomputes the SOP figures first, so that it reads the database once.
 */
class MonitoringAuthenticationFilter extends OncePerRequestFilter {

  static final String MONITORING = "monitoring";

  private final IdentityService identity;
  private final SopMetrics metrics;

  MonitoringAuthenticationFilter(IdentityService identity, SopMetrics metrics) {
    this.identity = identity;
    this.metrics = metrics;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(request, response);
      return;
    }
    String user = authenticatedUser(request.getHeader("Authorization"));
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"PUSPAGA monitoring\", charset=\"UTF-8\"");
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Masuk dengan akun pemantauan (HTTP Basic) untuk membuka halaman ini.");
      return;
    }
    if (identity.createUserQuery().userId(user).memberOfGroup(MONITORING).count() == 0) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Akun " + user + " bukan anggota grup monitoring.");
      return;
    }
    if (path.equals("/actuator/prometheus")) {
      metrics.refresh();
    }
    chain.doFilter(request, response);
  }

  private String authenticatedUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String user = decoded.substring(0, colon);
      return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"" + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }
}
