package id.go.tangerangkota.puspaga.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The job executor takes the due jobs in due-date order, through an index on the due date. Every
 * open request has a breach timer waiting, so at 500 offices the job table holds about 100,000
 * jobs that are not yet due. The engine's default acquisition query (any order, and "no due date
 * or due") made PostgreSQL read the table from the start for every acquisition: 6,556 sequential
 * scans and 287 million rows for 10,000 breaches (NationalScaleBenchmark, docs/performance.md).
 * With every job given a due date ({@code ensureJobDueDateNotNull}: an asynchronous step is due
 * when it is created), the query reads the index up to "now" and no further. Its check that no
 * other job of the same request is running ("exclusive") read the whole table too, once per
 * acquisition; on PostgreSQL a partial index of the locked jobs lets it read only those.
 */
@Component
public class JobAcquisitionByDueDate extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionByDueDate.class);
  public static final String INDEX = "ACT_IDX_JOB_DUEDATE";
  public static final String LOCKED_INDEX = "ACT_IDX_JOB_LOCKED";

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setJobExecutorAcquireByDueDate(true);
    configuration.setEnsureJobDueDateNotNull(true);
  }

  /**
   * The indexes, on the engine's table: created here, not by a migration, because on a new
   * installation Flyway runs before the engine creates its tables. Jobs written without a due date
   * (by an earlier release, or a node of one during an upgrade) are made due now, or the
   * acquisition would no longer see them.
   */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("create index if not exists " + INDEX + " on " + table + " (DUEDATE_)");
        if ("postgres".equals(configuration.getDatabaseType())) {
          statement.execute("create index if not exists " + LOCKED_INDEX + " on " + table + " (PROCESS_INSTANCE_ID_)"
              + " where LOCK_OWNER_ is not null");
        }
      }
      try (PreparedStatement update = connection.prepareStatement("update " + table + " set DUEDATE_ = ? where DUEDATE_ is null")) {
        update.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
        int undated = update.executeUpdate();
        if (undated > 0) {
          LOG.info("{} job(s) without a due date made due now, for the acquisition by due date", undated);
        }
      }
    } catch (SQLException e) {
      // Two nodes starting together may both create the index; the other one's stands.
      LOG.warn("Indexes {} and {} on the job table not created: {}", INDEX, LOCKED_INDEX, e.getMessage());
    }
  }
}
