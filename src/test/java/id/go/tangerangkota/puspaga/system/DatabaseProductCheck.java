package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each integration test class checks that it runs on the database its build run promises
 * (system property {@code puspaga.it.expected-database}: "PostgreSQL" in the second run, "H2"
 * otherwise), with the matching profile: a run that lost its settings fails instead of quietly
 * testing H2 twice.
 */
public class DatabaseProductCheck implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String expected = System.getProperty("puspaga.it.expected-database", "H2");
    ApplicationContext application = SpringExtension.getApplicationContext(context);
    try (Connection connection = application.getBean(DataSource.class).getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).as("the database of this run").isEqualTo(expected);
    }
    boolean postgresProfile = application.getEnvironment().matchesProfiles("postgres");
    assertThat(postgresProfile).as("the postgres profile is active on PostgreSQL only").isEqualTo("PostgreSQL".equals(expected));
    if (postgresProfile) {
      assertThat(application.getEnvironment().getProperty("camunda.bpm.database.type"))
          .as("application-postgres.yaml applies").isEqualTo("postgres");
    }
  }
}
