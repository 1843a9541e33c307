package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:puspaga-it;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class ProcessesDeploymentIT {

  @Autowired
  ProcessEngine engine;

  @Autowired
  ProcessesDeployment deployment;

  @Test
  void createsNoNewVersionWhenRestartedWithUnchangedFiles() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().deploymentName("puspaga-processes").count();
    long versions = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("puspaga-layanan-informasi").count();

    deployment.postProcessEngineBuild(engine);

    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("puspaga-processes").count())
        .isEqualTo(deployments);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("puspaga-layanan-informasi").count()).isEqualTo(versions);
  }
}
