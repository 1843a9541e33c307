package id.go.tangerangkota.puspaga.monitoring;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

  @Bean
  FilterRegistrationBean<MonitoringAuthenticationFilter> monitoringAuthentication(IdentityService identity,
      SopMetrics metrics) {
    var registration = new FilterRegistrationBean<>(new MonitoringAuthenticationFilter(identity, metrics));
    registration.setName("puspaga-monitoring-authentication");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
