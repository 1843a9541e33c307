package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EngineMappingsTest {

  @Test
  void theMappingsParsedAheadHoldWhatTheEngineParsesItself() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("engine-mappings");
    configuration.setJdbcUrl("jdbc:h2:mem:engine-mappings;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      Configuration own = configuration.getSqlSessionFactory().getConfiguration();
      Configuration ahead = EngineMappings.start("h2", "").take("h2", "").orElseThrow();

      assertThat(names(ahead)).hasSizeGreaterThan(1000).isEqualTo(names(own));
      int compared = 0;
      for (String name : names(own)) {
        String sql = sql(own.getMappedStatement(name));
        assertThat(sql(ahead.getMappedStatement(name))).as(name).isEqualTo(sql);
        compared += sql.startsWith("(") ? 0 : 1;
      }
      assertThat(compared).as("statements whose SQL was compared").isGreaterThan(500);
      assertThat(ahead.getResultMapNames()).containsExactlyInAnyOrderElementsOf(own.getResultMapNames());
    } finally {
      engine.close();
    }
  }

  @Test
  void mappingsParsedForAnotherDatabaseAreLeftToTheEngine() {
    EngineMappings mappings = EngineMappings.start("h2", "");
    assertThat(mappings.take("postgres", "")).isEmpty();
    assertThat(mappings.take("h2", "ACT_PREFIX_")).isEmpty();
  }

  @Test
  void theDatabaseTypeComesFromTheConfiguredUrlOrTheEnginesOwnSetting() {
    assertThat(EngineMappingsStart.databaseType(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:h2:file:./data/puspaga"))).isEqualTo("h2");
    assertThat(EngineMappingsStart.databaseType(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/puspaga"))).isEqualTo("postgres");
    assertThat(EngineMappingsStart.databaseType(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/puspaga")
        .withProperty("camunda.bpm.database.type", "h2"))).isEqualTo("h2");
    assertThat(EngineMappingsStart.databaseType(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:oracle:thin:@db:1521/puspaga"))).isNull();
  }

  private static Set<String> names(Configuration configuration) {
    // MyBatis lists each statement under its full and its short name.
    return new TreeSet<>(configuration.getMappedStatementNames());
  }

  /**
   * The SQL a statement gives for a first page of ten with no other criteria (table prefix, paging and
   * the database's words substituted), or, for a statement that needs other parameters, its kind.
   */
  private static String sql(MappedStatement statement) {
    try {
      return statement.getBoundSql(new ListQueryParameterObject(null, 0, 10)).getSql();
    } catch (RuntimeException needsOtherParameters) {
      return "(" + statement.getSqlCommandType() + ", " + statement.getSqlSource().getClass().getSimpleName() + ")";
    }
  }
}
