package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment (at start, from Modeler, over REST) in which an SOP step's due date and its
 * timer say different limits, or a step has none ({@link SopLimitRules}). It runs before the
 * engine's own deployers and throws a ParseException: the REST API answers 400 with the message,
 * which Camunda Modeler shows when the analyst clicks Deploy, and nothing is deployed.
 */
@Component
class SopLimitCheck extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.addPreDeployer(configuration, new RefuseContradictingLimits());
  }

  static final class RefuseContradictingLimits implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew() || deployment.getResources() == null) {
        return;
      }
      for (ResourceEntity resource : deployment.getResources().values()) {
        if (!resource.getName().endsWith(".bpmn") && !resource.getName().endsWith(".bpmn20.xml")) {
          continue;
        }
        List<String> problems = SopLimitRules.contradictions(read(resource));
        if (!problems.isEmpty()) {
          throw new ParseException("Model ditolak, tidak ada yang di-deploy: " + String.join(" ", problems),
              resource.getName(), List.of(), List.of());
        }
      }
    }

    private static BpmnModelInstance read(ResourceEntity resource) {
      try {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
      } catch (ModelException unreadable) {
        // Not a valid model: the engine's BPMN parser reports it with its own message.
        return Bpmn.createEmptyModel();
      }
    }
  }
}
