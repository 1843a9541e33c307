package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL (the build's second run), what keeps a lane's Tasklist filter quick with many
 * open tasks (docs/performance.md): every connection plans each query with its values and prices
 * an index lookup as on SSDs, and the planner has statistics on the authorization table's
 * permission bits. (How quick: SopBenchmark.)
 */
@DemoApplicationTest
class PostgresQueryPlanningIT {

  @Autowired DataSource dataSource;

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
}
