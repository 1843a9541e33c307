package id.go.tangerangkota.puspaga;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableScheduling
public class PuspagaApplication {

  public static void main(String[] args) {
    SpringApplication.run(PuspagaApplication.class, args);
  }
}
