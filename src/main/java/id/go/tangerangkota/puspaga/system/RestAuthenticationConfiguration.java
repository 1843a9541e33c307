package id.go.tangerangkota.puspaga.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against the engine's identity service for the engine REST API (Camunda Modeler
 * deploys through it) and for our own API, which also reads a webapp login (see
 * {@link SessionOrBasicAuthenticationFilter}); and refusals in Indonesian only. The REST starter
 * itself leaves both APIs open.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("puspaga-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setAsyncSupported(true);
    // Before the query guard, so that a caller without login always gets 401 first.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SessionOrBasicAuthenticationFilter> apiAuthentication(IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new SessionOrBasicAuthenticationFilter(identity));
    registration.setName("puspaga-api-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    // The buku panduan too: for staff only (it shows the office's screens), read from Tasklist's session.
    registration.addUrlPatterns("/api/*", "/panduan/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskUpdateBodyFilter> taskUpdateBodies() {
    var registration = new FilterRegistrationBean<>(new TaskUpdateBodyFilter());
    registration.setName("puspaga-task-update-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RefusalMessageFilter> refusalMessages() {
    var registration = new FilterRegistrationBean<>(new RefusalMessageFilter());
    registration.setName("puspaga-refusal-messages");
    // Tasklist submits through the webapps' API, REST clients through the engine's.
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
