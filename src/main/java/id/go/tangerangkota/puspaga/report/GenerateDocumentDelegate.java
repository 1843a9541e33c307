package id.go.tangerangkota.puspaga.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Generates the documents named by the service task's field {@code documentType} (e.g.
 * LEMBAR_DISPOSISI, or several separated by commas). The tasks are asynchronous, so a rendering failure retries and then becomes
 * an incident naming the document, without undoing the user's completed task.
 */
@Component("generateDocumentDelegate")
@Scope("prototype")
public class GenerateDocumentDelegate implements JavaDelegate {

  private final DocumentService documents;
  private Expression documentType;

  public GenerateDocumentDelegate(DocumentService documents) {
    this.documents = documents;
  }

  public void setDocumentType(Expression documentType) {
    this.documentType = documentType;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String name : ((String) documentType.getValue(execution)).split(",")) {
      DocumentType type = DocumentType.valueOf(name.strip());
      try {
        documents.generate(type, execution);
      } catch (RuntimeException e) {
        throw new IllegalStateException("Dokumen " + type.title() + " gagal dibuat: " + e.getMessage(), e);
      }
    }
  }
}
