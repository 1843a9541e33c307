package id.go.tangerangkota.puspaga.layanan;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Which SOP step and lane a task belongs to, read from the deployed model (the {@code sopStep}
 * property and the candidate group of each user task), so that an analyst's change in Modeler is
 * what the mails and metrics say.
 */
@Component
public class SopSteps {

  /** A user task of the model as the SOP names it. */
  public record Step(Integer number, String name, String candidateGroup) {}

  private final RepositoryService repository;
  private final Map<String, Map<String, Step>> byDefinition = new ConcurrentHashMap<>();

  public SopSteps(RepositoryService repository) {
    this.repository = repository;
  }

  public Step of(String processDefinitionId, String activityId) {
    return byDefinition.computeIfAbsent(processDefinitionId, id -> new ConcurrentHashMap<>())
        .computeIfAbsent(activityId, activity -> read(processDefinitionId, activity));
  }

  private Step read(String processDefinitionId, String activityId) {
    ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    if (!(element instanceof Activity activity)) {
      return new Step(null, activityId, null);
    }
    String group = activity instanceof UserTask task ? task.getCamundaCandidateGroups() : null;
    return new Step(step(activity), activity.getName(), group);
  }

  static Integer step(Activity activity) {
    return property(activity, "sopStep").map(Integer::valueOf).orElse(null);
  }

  /** A {@code camunda:property} of an element in the model, e.g. {@code sopStep} of a task. */
  public static Optional<String> property(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }
}
