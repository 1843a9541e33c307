package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL (the build's second run), what keeps a lane's Tasklist filter quick with many
 * open tasks (docs/performance.md): every connection plans each query with its values and prices
 * an index lookup as on SSDs, and the planner has statistics on the authorization table's
 * permission bits; the job executor finds the due jobs by the due date's index, not by reading
 * every waiting timer. (How quick: SopBenchmark, NationalScaleBenchmark.)
 */
@DemoApplicationTest
class PostgresQueryPlanningIT {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void everyConnectionPlansWithItsValuesAtSsdPageCostWithoutParallelWorkersAndThePermissionBitsHaveStatistics() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assumeTrue("PostgreSQL".equals(System.getProperty("puspaga.it.expected-database")), "PostgreSQL run only");
    assertThat(jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class)).isEqualTo("force_custom_plan");
    assertThat(jdbc.queryForObject("select current_setting('random_page_cost')", String.class)).isEqualTo("1.1");
    assertThat(jdbc.queryForObject("select current_setting('max_parallel_workers_per_gather')", String.class)).isEqualTo("0");
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'puspaga_auth_perms'", Long.class))
        .isEqualTo(1L);
  }

  @Test
  void theJobExecutorFindsTheDueJobsByTheDueDatesIndexAmongTwentyThousandWaitingTimers() {
    assumeTrue("PostgreSQL".equals(System.getProperty("puspaga.it.expected-database")), "PostgreSQL run only");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      status.setRollbackOnly();
      // The breach timers of 100 offices' open requests, due next month, and 2,000 of them due now,
      // written last (as a holiday's timers fall due together); in this transaction only.
      jdbc.update("insert into act_ru_job (id_, rev_, type_, exclusive_, retries_, duedate_, suspension_state_,"
          + " handler_type_, priority_, sequence_counter_) select case when n > 20000 then 'due-' else 'waiting-' end || n,"
          + " 1, 'timer', true, 3, case when n > 20000 then timestamp '2000-01-01' + n * interval '1 second'"
          + " else now() + interval '30 days' end, 1, 'timer-transition', 0, 1 from generate_series(1, 22000) n");
      jdbc.execute("analyze act_ru_job");
      long[] before = jobTableScansInThisTransaction(jdbc);
      // The acquisition's own statement, as the job executor runs it (AcquireJobsCmd), in this transaction.
      List<AcquirableJobEntity> due = executor.execute(context -> context.getJobManager().findNextJobsToExecute(new Page(0, 3)));
      long[] after = jobTableScansInThisTransaction(jdbc);
      assertThat(due).extracting(AcquirableJobEntity::getId).hasSize(3).allMatch(id -> id.startsWith("due-"));
      assertThat(after[0] - before[0]).as("sequential scans of the job table").isZero();
      assertThat(after[1] - before[1]).as("index scans of the job table").isPositive();
    });
  }

  private static long[] jobTableScansInThisTransaction(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select seq_scan, idx_scan from pg_stat_xact_user_tables where relname = 'act_ru_job'",
        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
  }
}
