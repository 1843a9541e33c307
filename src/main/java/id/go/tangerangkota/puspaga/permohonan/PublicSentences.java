package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.layanan.SopSteps;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What the public status page says of a step, from the request's own model: each user task's
 * {@code publicNow} and {@code publicDone} properties and each end event's {@code publicEnd}, as the
 * analyst writes them in Modeler. A task or end event without them (one an analyst added) gets a
 * sentence made from its name, never a blank.
 */
@Component
class PublicSentences {

  private final RepositoryService repository;

  PublicSentences(RepositoryService repository) {
    this.repository = repository;
  }

  /** While the step is open, e.g. "Sedang dipetakan kebutuhannya oleh Koordinator". */
  String now(String definitionId, String activityId, String name) {
    return property(definitionId, activityId, "publicNow").orElse("Sedang dikerjakan: " + lowerFirst(name));
  }

  /** Once the step is done, e.g. "Kebutuhan dipetakan oleh Koordinator". */
  String done(String definitionId, String activityId, String name) {
    return property(definitionId, activityId, "publicDone").orElse("Selesai: " + lowerFirst(name));
  }

  /** When the request ended there, e.g. "Selesai: laporan pelaksanaan program sudah diarsipkan." */
  String ended(String definitionId, String endActivityId, String name) {
    return property(definitionId, endActivityId, "publicEnd")
        .orElse(name == null || name.isBlank() ? "Selesai." : "Selesai: " + lowerFirst(name) + ".");
  }

  private Optional<String> property(String definitionId, String elementId, String name) {
    if (definitionId == null || elementId == null) {
      return Optional.empty();
    }
    ModelElementInstance element = repository.getBpmnModelInstance(definitionId).getModelElementById(elementId);
    return element instanceof BaseElement known ? SopSteps.property(known, name) : Optional.empty();
  }

  private static String lowerFirst(String name) {
    if (name == null || name.isBlank()) {
      return "langkah berikutnya";
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
