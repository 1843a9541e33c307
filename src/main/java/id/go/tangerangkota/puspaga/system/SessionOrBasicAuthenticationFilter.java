package id.go.tangerangkota.puspaga.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Our API ({@code /api/*}) for both kinds of caller: another office system with HTTP Basic, as on
 * the engine REST API, and a member of staff already logged in to Tasklist or Cockpit in the same
 * browser (the webapps' session), so that the archive opens from Tasklist without a second
 * login. The session is taken for reading (GET, HEAD); for a change (the Ketua producing a
 * monthly report from Cockpit) only with the webapps' own anti-forgery token in the
 * {@code X-XSRF-TOKEN} header, the one Camunda's CSRF filter checks, so no other site can make a
 * logged-in browser change anything.
 */
class SessionOrBasicAuthenticationFilter implements Filter {

  private final ProcessEngineAuthenticationFilter basic = new ProcessEngineAuthenticationFilter();
  private final IdentityService identity;

  SessionOrBasicAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    basic.init(config);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    UserAuthentication staff = sessionUser(http);
    if (staff == null && isForgeable(http)) {
      // Logged in, but the change lacks the webapps' token: what another site would send through the browser.
      HttpServletResponse refusal = (HttpServletResponse) response;
      refusal.setStatus(HttpServletResponse.SC_FORBIDDEN);
      refusal.setContentType("application/json;charset=UTF-8");
      refusal.getWriter().write("{\"message\":\"" + MISSING_TOKEN + "\"}");
      return;
    }
    if (staff == null) {
      basic.doFilter(request, response, chain);
      return;
    }
    identity.setAuthentication(staff.getIdentityId(), staff.getGroupIds(), staff.getTenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  static final String MISSING_TOKEN = "Perubahan ditolak: token anti-pemalsuan (X-XSRF-TOKEN) dari sesi Tasklist/Cockpit"
      + " tidak ada atau tidak cocok. Muat ulang halaman, lalu coba lagi.";

  /** A change without HTTP Basic from a browser whose webapp session is logged in, but without its valid token. */
  private static boolean isForgeable(HttpServletRequest request) {
    String method = request.getMethod();
    if (request.getHeader("Authorization") != null || "GET".equals(method) || "HEAD".equals(method)
        || "OPTIONS".equals(method)) {
      return false;
    }
    HttpSession session = request.getSession(false);
    if (session == null || hasSessionToken(request, session)) {
      return false;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null && authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication;
  }

  private static UserAuthentication sessionUser(HttpServletRequest request) {
    String method = request.getMethod();
    if (request.getHeader("Authorization") != null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    boolean reading = "GET".equals(method) || "HEAD".equals(method);
    if (!reading && !hasSessionToken(request, session)) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine("default");
    return authentication instanceof UserAuthentication user ? user : null;
  }

  private static boolean hasSessionToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null && java.security.MessageDigest.isEqual(
        token.getBytes(java.nio.charset.StandardCharsets.UTF_8), sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public void destroy() {
    basic.destroy();
  }
}
