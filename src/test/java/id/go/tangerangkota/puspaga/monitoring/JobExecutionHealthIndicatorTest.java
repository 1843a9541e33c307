package id.go.tangerangkota.puspaga.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/**
 * Readiness's job-executor part on a real engine: down while a node meant to run jobs has its job
 * executor stopped, up while it runs, up on a node configured without one. ({@code MonitoringIT}
 * shows that readiness includes it and answers 503 when it is down.)
 */
class JobExecutionHealthIndicatorTest {

  private ProcessEngine engine;
  private JobExecutor executor;

  @BeforeEach
  void engine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:job-execution-health-" + System.nanoTime())
        .setProcessEngineName("job-execution-health").setJobExecutorActivate(false).buildProcessEngine();
    executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aNodeMeantToRunJobsIsNotReadyWhileItsJobExecutorIsStopped() {
    JobExecutionHealthIndicator readiness = new JobExecutionHealthIndicator(engine, true);
    assertThat(readiness.health().getStatus()).as("not started").isEqualTo(Status.DOWN);
    assertThat(readiness.health().getDetails()).containsEntry("jobExecutor", "not running");

    executor.start();
    assertThat(readiness.health().getStatus()).as("running").isEqualTo(Status.UP);

    executor.shutdown();
    assertThat(readiness.health().getStatus()).as("stopped").isEqualTo(Status.DOWN);
  }

  @Test
  void aNodeConfiguredWithoutJobExecutionIsReadyWithoutIt() {
    assertThat(new JobExecutionHealthIndicator(engine, false).health().getStatus()).isEqualTo(Status.UP);
  }
}
