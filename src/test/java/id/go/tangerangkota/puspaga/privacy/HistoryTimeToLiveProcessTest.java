package id.go.tangerangkota.puspaga.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class HistoryTimeToLiveProcessTest {

  private static final String DATABASE = "jdbc:h2:mem:history-ttl;DB_CLOSE_DELAY=-1";

  @Test
  void aChangedRetentionReachesTheDefinitionsDeployedBeforeItAtTheNextStart() {
    ProcessEngine before = engine("before", Period.ofDays(400));
    try {
      before.getRepositoryService().createDeployment()
          .addModelInstance("p.bpmn", Bpmn.createExecutableProcess("Process_Kept").camundaHistoryTimeToLive(1)
              .startEvent().endEvent().done())
          .deploy();
      assertThat(timesToLive(before)).as("as deployed: the setting, not the model's 1").containsExactly(400);
    } finally {
      before.close();
    }

    ProcessEngine after = engine("after", Period.ofDays(500));
    try {
      assertThat(timesToLive(after)).as("after a start with the setting changed").containsExactly(500);
    } finally {
      after.close();
    }
  }

  private static List<Integer> timesToLive(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
        .map(ProcessDefinition::getHistoryTimeToLive).toList();
  }

  private static ProcessEngine engine(String name, Period retention) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(DATABASE);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(new HistoryTimeToLive(
        new PrivacyProperties(retention, Period.ofYears(10), Period.ofDays(30), 50)));
    return configuration.buildProcessEngine();
  }
}
