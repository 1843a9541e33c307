package id.go.tangerangkota.puspaga.report;

import io.micrometer.core.instrument.MeterRegistry;
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

  /** Failed attempts to generate a document, per type, on this node (Prometheus: puspaga_documents_failed_total). */
  public static final String FAILED_METRIC = "puspaga.documents.failed";

  private final DocumentService documents;
  private final MeterRegistry meters;
  private Expression documentType;

  public GenerateDocumentDelegate(DocumentService documents, MeterRegistry meters) {
    this.documents = documents;
    this.meters = meters;
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
        meters.counter(FAILED_METRIC, "type", type.name()).increment();
        throw new IllegalStateException("Dokumen " + type.title() + " gagal dibuat: " + e.getMessage(), e);
      }
    }
  }
}
