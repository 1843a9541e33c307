package id.go.tangerangkota.puspaga.security;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scripts run arbitrary code inside the engine, so a new deployment whose BPMN contains one (a
 * script task, a {@code camunda:script} in a listener or mapping, a scripted condition) is refused
 * unless the deploying user is in camunda-admin. The application's own deployment at start (no
 * user) has none; analysts deploy models without scripts. It runs before the engine's own
 * deployers and throws a ParseException, which the REST API answers with 400.
 */
@Component
class ScriptRestriction extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.addPreDeployer(configuration, new RefuseScripts());
  }

  static final class RefuseScripts implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew() || deployment.getResources() == null || isAdministrator()) {
        return;
      }
      for (ResourceEntity resource : deployment.getResources().values()) {
        if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
          String script = findScript(resource);
          if (script != null) {
            throw new ParseException("Deployment refused: " + resource.getName() + " has a script (" + script
                + "); only members of camunda-admin may deploy scripts.", resource.getName(), List.of(), List.of());
          }
        }
      }
    }

    private static boolean isAdministrator() {
      Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
      return user == null || (user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    private static String findScript(ResourceEntity resource) {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList elements = factory.newDocumentBuilder().parse(new ByteArrayInputStream(resource.getBytes()))
            .getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
          Element element = (Element) elements.item(i);
          String tag = element.getLocalName();
          if ("scriptTask".equals(tag) || "script".equals(tag) || element.hasAttribute("scriptFormat")
              || ("conditionExpression".equals(tag) && element.hasAttribute("language"))) {
            return "<" + tag + ">" + (element.hasAttribute("id") ? " " + element.getAttribute("id") : "");
          }
        }
        return null;
      } catch (Exception unreadable) {
        // Not well-formed: the BPMN parser reports it with its own message.
        return null;
      }
    }
  }
}
