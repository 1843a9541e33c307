package id.go.tangerangkota.puspaga.system;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles the integration tests run with, set before the application reads its
 * configuration, as `--spring.profiles.active` would: `demo`, plus `postgres` in the build's
 * second run (system property {@code puspaga.it.database=postgres}), so that
 * application-postgres.yaml applies as in production.
 */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    return TestDatabase.onPostgres() ? new String[] {"demo", "postgres"} : new String[] {"demo"};
  }
}
