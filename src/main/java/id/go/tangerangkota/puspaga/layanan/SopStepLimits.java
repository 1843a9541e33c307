package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.office.OfficeModels;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The SOP's steps as the deployed model states them (the latest version, an office's own when it
 * has one): each user task with its {@code sopStep}, lane and limit, so that the compliance figures
 * follow what an analyst deploys.
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
  private final OfficeModels models;

  public SopStepLimits(RepositoryService repository, OfficeModels models) {
    this.repository = repository;
    this.models = models;
  }

  /** The latest model the office runs (its own version, else the shared one); the shared one for {@code null}. */
  public ProcessDefinition latestDefinition(String office) {
    return models.latest(LayananInformasi.PROCESS_KEY, office);
  }

  /** The limit of one step as the office's latest model states it, e.g. "1 hari kerja" for step 1. */
  public Optional<String> limitText(int step, String office) {
    return steps(office).stream().filter(limit -> limit.step() == step).findFirst().map(StepLimit::limitText);
  }

  /** The steps of the shared model. */
  public List<StepLimit> steps() {
    return steps(null);
  }

  public List<StepLimit> steps(String office) {
    ProcessDefinition definition = latestDefinition(office);
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
