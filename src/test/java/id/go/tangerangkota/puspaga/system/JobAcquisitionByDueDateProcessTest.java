package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The acquisition by due date on a real engine (H2): an asynchronous step is due when it is
 * created, a job written without a due date (by an earlier release) is made due at the next start,
 * and the due date's index exists. ({@code PostgresQueryPlanningIT} shows that PostgreSQL finds the
 * due jobs by the indexes; {@code NationalScaleBenchmark} what it saves.)
 */
class JobAcquisitionByDueDateProcessTest {

  private ProcessEngine engine;
  private ProcessEngineConfigurationImpl configuration;
  private final JobAcquisitionByDueDate plugin = new JobAcquisitionByDueDate();

  @BeforeEach
  void engine() {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:job-acquisition-" + System.nanoTime());
    cfg.setProcessEngineName("job-acquisition");
    cfg.setJobExecutorActivate(false);
    cfg.setProcessEnginePlugins(List.of(plugin));
    engine = cfg.buildProcessEngine();
    configuration = cfg;
    engine.getRepositoryService().createDeployment().addModelInstance("Process_Async.bpmn",
        Bpmn.createExecutableProcess("Process_Async").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Later").camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void anAsynchronousStepIsDueWhenItIsCreatedAndTheJobExecutorFindsIt() {
    engine.getRuntimeService().startProcessInstanceByKey("Process_Async");
    Job job = engine.getManagementService().createJobQuery().singleResult();

    assertThat(job.getDuedate()).isNotNull();
    assertThat(acquirable()).containsExactly(job.getId());
    assertThat(new JdbcTemplate(configuration.getDataSource()).queryForObject(
        "select count(*) from information_schema.indexes where index_name = ?", Long.class, JobAcquisitionByDueDate.INDEX))
        .isPositive();
  }

  @Test
  void aJobAnEarlierReleaseWroteWithoutDueDateIsMadeDueAtTheNextStart() {
    engine.getRuntimeService().startProcessInstanceByKey("Process_Async");
    new JdbcTemplate(configuration.getDataSource()).update("update ACT_RU_JOB set DUEDATE_ = null");
    assertThat(acquirable()).as("without a due date, the acquisition by due date passes it by").isEmpty();

    plugin.postProcessEngineBuild(engine);

    assertThat(engine.getManagementService().createJobQuery().singleResult().getDuedate()).isNotNull();
    assertThat(acquirable()).hasSize(1);
  }

  /** What the job executor's next acquisition would take (its own statement, AcquireJobsCmd's). */
  private List<String> acquirable() {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
        .findNextJobsToExecute(new Page(0, 3)).stream().map(AcquirableJobEntity::getId).toList());
  }
}
