package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DemoApplicationTest
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
