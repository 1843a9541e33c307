package id.go.tangerangkota.puspaga.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: a node meant to run jobs (timers, documents, the archive) is not ready while
 * its job executor is not running. A node configured without one ({@code
 * camunda.bpm.job-execution.enabled=false}, e.g. a web-only node) is ready without it. Camunda's
 * own indicator exists only when the job executor is configured, so readiness could not name it
 * on every node.
 */
@Component("jobExecution")
class JobExecutionHealthIndicator extends AbstractHealthIndicator {

  private final ProcessEngine engine;
  private final boolean enabled;

  JobExecutionHealthIndicator(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    if (!enabled) {
      builder.up().withDetail("jobExecutor", "disabled by configuration");
      return;
    }
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (executor != null && executor.isActive()) {
      builder.up();
    } else {
      builder.down().withDetail("jobExecutor", "not running");
    }
  }
}
