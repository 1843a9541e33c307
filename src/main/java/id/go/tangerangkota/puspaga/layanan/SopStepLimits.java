package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The SOP's steps as the deployed model states them (the latest version): each user task with its
 * {@code sopStep}, lane and limit, so that the compliance figures follow what an analyst deploys.
 */
@Component
public class SopStepLimits {

  /** One step: its task, lane (candidate group) and limit. */
  public record StepLimit(int step, String activityId, String name, String lane, SopLimit limit) {

    /** The limit as the SOP writes it. */
    public String limitText() {
      return limit.text();
    }

    /** The unit a time taken is counted in for this step. */
    public String unit() {
      return limit.kind() == SopLimit.Kind.DAYS ? "hari" : "hari kerja";
    }
  }

  private final RepositoryService repository;

  public SopStepLimits(RepositoryService repository) {
    this.repository = repository;
  }

  public ProcessDefinition latestDefinition() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(LayananInformasi.PROCESS_KEY)
        .latestVersion().singleResult();
  }

  /** The limit of one step as the latest model states it, e.g. "1 hari kerja" for step 1. */
  public Optional<String> limitText(int step) {
    return steps().stream().filter(limit -> limit.step() == step).findFirst().map(StepLimit::limitText);
  }

  public List<StepLimit> steps() {
    ProcessDefinition definition = latestDefinition();
    if (definition == null) {
      return List.of();
    }
    return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
        .filter(task -> SopSteps.property(task, "sopStep").isPresent())
        .filter(task -> SopLimit.parse(task.getCamundaDueDate()).isPresent())
        .map(task -> new StepLimit(Integer.parseInt(SopSteps.property(task, "sopStep").get()), task.getId(), task.getName(),
            task.getCamundaCandidateGroups(), SopLimit.parse(task.getCamundaDueDate()).get()))
        .sorted(Comparator.comparingInt(StepLimit::step))
        .toList();
  }
}
