package id.go.tangerangkota.puspaga.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a production start with an unsafe initial account, before anything else starts: the
 * message names the environment variable to fix. Registered in META-INF/spring.factories.
 */
public class ProductionSecrets implements EnvironmentPostProcessor {

  public static final String SYSADMIN_ID = "PUSPAGA_SYSADMIN_ID";
  public static final String SYSADMIN_PASSWORD = "PUSPAGA_SYSADMIN_PASSWORD";
  static final int MIN_LENGTH = 12;

  /** Defaults of this project, of Camunda and of habit; compared ignoring case. */
  private static final Set<String> KNOWN_DEFAULTS = Set.of(
      "demo", "admin", "password", "sysadmin", "camunda", "changeme", "secret", "puspaga",
      "rina", "budi", "dewi", "sari", "andi", "administrator", "password1234", "password12345",
      "admin1234567", "changeme1234", "camunda12345", "puspaga12345", "123456789012", "qwertyuiop12");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    String id = environment.getProperty(SYSADMIN_ID);
    if (id == null || id.isBlank()) {
      throw new IllegalStateException(SYSADMIN_ID + " is not set: the prod profile needs the id of the first administrator.");
    }
    if (!id.matches("[a-zA-Z0-9]+")) {
      throw new IllegalStateException(SYSADMIN_ID + " may contain only letters and digits (the engine's rule for user ids).");
    }
    String password = environment.getProperty(SYSADMIN_PASSWORD);
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException(SYSADMIN_PASSWORD + " is not set: the prod profile needs the administrator's password.");
    }
    if (password.length() < MIN_LENGTH) {
      throw new IllegalStateException(SYSADMIN_PASSWORD + " is shorter than " + MIN_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (KNOWN_DEFAULTS.contains(lower) || lower.equals(id.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(SYSADMIN_PASSWORD + " is a known default password or equals a user id; choose another.");
    }
  }
}
