package id.go.tangerangkota.puspaga.system;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** JSON, not Tomcat's HTML, for the bad requests Tomcat refuses itself under /api/ (see {@link JsonErrorReportValve}). */
@Component
class TomcatConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      // Ours replaces Spring Boot's (the one without stack traces), which it extends.
      Pipeline pipeline = context.getParent().getPipeline();
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof ErrorReportValve) {
          pipeline.removeValve(valve);
        }
      }
      pipeline.addValve(new JsonErrorReportValve());
      // Else the host adds Tomcat's own valve at start, as it looks for that class by name.
      ((StandardHost) context.getParent()).setErrorReportValveClass(JsonErrorReportValve.class.getName());
    });
  }
}
