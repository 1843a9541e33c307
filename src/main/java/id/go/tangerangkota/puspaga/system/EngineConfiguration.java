package id.go.tangerangkota.puspaga.system;

import java.util.List;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * The engine's configuration as the Camunda starter makes it (same class, same fields, the same
 * plugins), except that it takes the SQL mappings {@link EngineMappings} parsed ahead.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins,
      ObjectProvider<EngineMappings> mappings) {
    SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(
        new PreparedMappingsConfiguration(mappings.getIfAvailable()));
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  static class PreparedMappingsConfiguration extends SpringProcessEngineConfiguration {

    private final EngineMappings mappings;

    PreparedMappingsConfiguration(EngineMappings mappings) {
      this.mappings = mappings;
    }

    /** As the engine's own, with the mappings parsed ahead when they fit this engine. */
    @Override
    protected void initSqlSessionFactory() {
      Configuration prepared = sqlSessionFactory != null || isUseSharedSqlSessionFactory || mappings == null ? null
          : mappings.take(databaseType, databaseTablePrefix).orElse(null);
      if (prepared == null) {
        super.initSqlSessionFactory();
        return;
      }
      prepared.setEnvironment(new Environment("default", transactionFactory, dataSource));
      prepared.setDefaultStatementTimeout(jdbcStatementTimeout);
      if (isJdbcBatchProcessing()) {
        prepared.setDefaultExecutorType(ExecutorType.BATCH);
      }
      sqlSessionFactory = new DefaultSqlSessionFactory(prepared);
    }
  }
}
