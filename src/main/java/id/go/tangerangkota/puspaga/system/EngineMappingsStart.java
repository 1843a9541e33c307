package id.go.tangerangkota.puspaga.system;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts {@link EngineMappings} as soon as the application's context exists, before any bean
 * definition is read, and offers it to the engine's configuration as a bean. Registered in
 * {@code META-INF/spring.factories}, so every start (the application, the tests, the class-data
 * sharing training run) takes the same path.
 */
public class EngineMappingsStart implements ApplicationListener<ApplicationContextInitializedEvent> {

  @Override
  public void onApplicationEvent(ApplicationContextInitializedEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    String databaseType = databaseType(environment);
    if (databaseType == null) {
      return;
    }
    String prefix = environment.getProperty("camunda.bpm.database.table-prefix", "");
    event.getApplicationContext().getBeanFactory()
        .registerSingleton(EngineMappings.BEAN_NAME, EngineMappings.start(databaseType, prefix));
  }

  /** The engine's name for the database the configuration names, or null when it is not one we run on. */
  static String databaseType(Environment environment) {
    String configured = environment.getProperty("camunda.bpm.database.type");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:")) {
      return "h2";
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return "postgres";
    }
    return null;
  }
}
