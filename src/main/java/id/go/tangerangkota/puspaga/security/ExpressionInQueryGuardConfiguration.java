package id.go.tangerangkota.puspaga.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ExpressionInQueryGuardConfiguration {

  @Bean
  FilterRegistrationBean<ExpressionInQueryGuard> expressionInQueryGuard() {
    var registration = new FilterRegistrationBean<>(new ExpressionInQueryGuard());
    registration.setName("puspaga-expression-in-query-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After login (so anonymous callers still get 401), before anything reads the body.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
