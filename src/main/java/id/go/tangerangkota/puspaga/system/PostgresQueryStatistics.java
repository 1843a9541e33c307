package id.go.tangerangkota.puspaga.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics that let the planner see how many authorizations a task query's
 * authorization check keeps. Its filter tests permission bits ({@code PERMS_ & 2 = 2}), which
 * PostgreSQL cannot estimate: it assumed 10 of 2,000 rows and joined every open task with every
 * authorization (a lane's Tasklist filter took 300 ms at 2,000 open tasks, linear in their number,
 * measured by {@code SopBenchmark}); with these statistics it looks up each task's authorizations
 * by index (20 ms). Needs PostgreSQL 14 or later; elsewhere, or on an older server, nothing changes.
 */
@Component
public class PostgresQueryStatistics extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresQueryStatistics.class);
  public static final String CREATE = "create statistics if not exists puspaga_auth_perms (mcv)"
      + " on (perms_ & 2), (perms_ & 64), resource_type_ from act_ru_authorization";

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
      statement.execute("analyze act_ru_authorization");
    } catch (SQLException e) {
      LOG.warn("PostgreSQL statistics for task authorization checks not created (PostgreSQL 14 or later needed): {}",
          e.getMessage());
    }
  }
}
