package id.go.tangerangkota.puspaga.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * CVE-2026-77226: the Admin webapp's first-run setup endpoint lets an anonymous caller create an
 * administrator while {@code camunda-admin} has no direct member. 7.24.0 CE gets no fix, so the
 * endpoint is closed for good: administrators come from configuration, never from the web.
 */
@Configuration(proxyBeanMethods = false)
class SetupEndpointBlock {

  @Bean
  FilterRegistrationBean<Filter> blockAdminSetup() {
    Filter deny = (ServletRequest request, ServletResponse response, FilterChain chain) -> forbid((HttpServletResponse) response);
    var registration = new FilterRegistrationBean<>(deny);
    registration.setName("puspaga-block-admin-setup");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static void forbid(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"The setup endpoint is disabled.\"}");
  }
}
