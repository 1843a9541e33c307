package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's own history cleanup agrees with {@code puspaga.privacy.request-retention}: every
 * process definition's history time to live is that period in days (whatever a model says, which
 * Camunda requires but which would be a second copy of the period), set as each model is deployed
 * and, at start, on the definitions deployed before a change of the setting. A request's removal time
 * is its end plus that time, so the engine removes nothing before the period has passed, and the
 * retention pass (at the period itself) leaves it nothing to find.
 */
@Component
class HistoryTimeToLive extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryTimeToLive.class);

  private final PrivacyProperties settings;

  HistoryTimeToLive(PrivacyProperties settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    int days = settings.requestRetentionDays();
    EnginePlugins.addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        definition.setHistoryTimeToLive(days);
      }
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    int days = settings.requestRetentionDays();
    RepositoryService repository = engine.getRepositoryService();
    // Only the definitions that differ, in SQL: the query API reads every definition's model to
    // fill in its documentation, which cost a start with many versions deployed about half a second.
    String table = engine.getManagementService().getTableName(ProcessDefinitionEntity.class);
    DataSource dataSource = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource();
    List<String> differing = new JdbcTemplate(dataSource).queryForList(
        "select ID_ from " + table + " where HISTORY_TTL_ is null or HISTORY_TTL_ <> ?", String.class, days);
    for (String definition : differing) {
      repository.updateProcessDefinitionHistoryTimeToLive(definition, days);
      LOG.info("History time to live of {} set to {} days (puspaga.privacy.request-retention {})", definition,
          days, settings.requestRetention());
    }
  }
}
