package id.go.tangerangkota.puspaga.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.MapPropertySource;

/**
 * The integration tests' mail settings: SMTP on a port of this JVM where {@code NotificationIT}
 * runs a real SMTP server (GreenMail; while it does not, mails wait in the outbox, as with SMTP
 * down), and a clock the tests may set. In every test's context, so that all of them share one
 * Spring context: two contexts would register two engines named "default", and the REST login of
 * one would authenticate against the other's engine.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final int SMTP_PORT = freePort();
  public static final String BASE_URL = "https://puspaga.example/";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", Map.of(
        "spring.mail.host", "127.0.0.1",
        "spring.mail.port", SMTP_PORT,
        "puspaga.notifications.base-url", BASE_URL,
        "puspaga.notifications.task-available-groups", "konselor",
        // The public form's minimum fill time, shorter so that the tests wait less for it.
        "puspaga.public.min-fill-time", "1s")));
  }

  /** The application's clock: the real time until a test sets another. */
  @TestConfiguration
  public static class Time {
    @Bean
    @Primary
    public SettableClock settableClock() {
      return new SettableClock();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
