package id.go.tangerangkota.puspaga.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The data protection officer's page (static/data-pribadi/), which Tasklist's "Data pribadi" link
 * opens: the access log per request or per person, the rights requests and the incidents with their
 * papers. The page is a shell; every figure comes from the APIs, which decide who may read them.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/data-pribadi", "/data-pribadi/");
    registry.addViewController("/data-pribadi/").setViewName("forward:/data-pribadi/index.html");
  }
}
