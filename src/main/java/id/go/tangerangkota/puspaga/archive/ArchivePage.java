package id.go.tangerangkota.puspaga.archive;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The Arsip page (static/arsip/) at the address Tasklist's "Arsip" link opens. */
@Configuration(proxyBeanMethods = false)
class ArchivePage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/arsip", "/arsip/");
    registry.addViewController("/arsip/").setViewName("forward:/arsip/index.html");
  }
}
