package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start-up claim in docs/performance.md: the engine runs on the SQL mappings parsed while Spring started. */
@DemoApplicationTest
class EngineMappingsIT {

  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Autowired
  EngineMappings mappings;

  @Test
  void theEngineRunsOnTheSqlMappingsParsedWhileSpringStarted() {
    assertThat(mappings.parsedSoFar()).isNotNull();
    assertThat(engine.getSqlSessionFactory().getConfiguration()).isSameAs(mappings.parsedSoFar());
  }
}
