package id.go.tangerangkota.puspaga.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** SOP step 9: archives the instance's documents, credited to the Admin who received the files. */
@Component("archiveDocumentsDelegate")
public class ArchiveDocumentsDelegate implements JavaDelegate {

  private final ArchiveService archive;

  public ArchiveDocumentsDelegate(ArchiveService archive) {
    this.archive = archive;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String receivedBy = execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_ArchiveProgramReport").finished()
        .orderByHistoricTaskInstanceEndTime().desc().list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    try {
      archive.archive(execution, receivedBy);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Pengarsipan dan Tanda Terima gagal: " + e.getMessage(), e);
    }
  }
}
