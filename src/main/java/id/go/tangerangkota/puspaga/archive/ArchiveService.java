package id.go.tangerangkota.puspaga.archive;

import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.report.DocumentType;
import id.go.tangerangkota.puspaga.report.GeneratedDocument;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * SOP step 9: files every document of the instance in the archive and issues the Tanda Terima,
 * which is filed too. Everything happens in the engine's transaction, so the archive is complete
 * or untouched; an instance that already has a receipt is left as it is (the job may run twice).
 */
@Service
public class ArchiveService {

  private final JdbcTemplate jdbc;
  private final DocumentService documents;
  private final Clock clock;
  private final OfficeRegistry offices;

  public ArchiveService(JdbcTemplate jdbc, DocumentService documents, Clock clock, OfficeRegistry offices) {
    this.offices = offices;
    this.jdbc = jdbc;
    this.documents = documents;
    this.clock = clock;
  }

  /** Returns the receipt number, new or the one issued before. */
  public String archive(DelegateExecution execution, String archivedBy) {
    List<String> issued = jdbc.queryForList("select receipt_number from archive_receipt where process_instance_id = ?",
        String.class, execution.getProcessInstanceId());
    if (!issued.isEmpty()) {
      return issued.get(0);
    }
    List<Map<String, Object>> filed = new ArrayList<>();
    for (Object listed : DocumentService.listed(execution)) {
      Map<?, ?> entry = (Map<?, ?>) listed;
      DocumentType type = DocumentType.valueOf((String) entry.get("type"));
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("type", type);
      document.put("title", type.title());
      document.put("number", entry.get("number"));
      document.put("fileName", entry.get("fileName"));
      document.put("sha256", entry.get("sha256"));
      document.put("content", bytes(execution, (String) entry.get("variable")));
      filed.add(document);
    }
    GeneratedDocument receipt = documents.generate(DocumentType.TANDA_TERIMA, execution,
        Map.of("archivedDocuments", filed, "archivedByName", DocumentService.fullName(execution, archivedBy)));
    Timestamp now = Timestamp.from(clock.instant());
    String office = offices.of(execution.getTenantId()).id();
    jdbc.update("insert into archive_receipt (receipt_number, process_instance_id, business_key, issued_at, issued_by, office_id)"
        + " values (?,?,?,?,?,?)", receipt.number(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(), now,
        archivedBy, office);
    Map<String, Object> receiptDocument = new LinkedHashMap<>();
    receiptDocument.put("type", DocumentType.TANDA_TERIMA);
    receiptDocument.put("number", receipt.number());
    receiptDocument.put("fileName", receipt.fileName());
    receiptDocument.put("sha256", receipt.sha256());
    receiptDocument.put("content", bytes(execution, receipt.variable()));
    filed.add(receiptDocument);
    for (Map<String, Object> document : filed) {
      byte[] content = (byte[]) document.get("content");
      jdbc.update("insert into archive_document (id, receipt_number, process_instance_id, business_key, document_type,"
              + " document_number, file_name, size_bytes, sha256, content, archived_at, archived_by, office_id)"
              + " values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
          UUID.randomUUID().toString(), receipt.number(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
          ((DocumentType) document.get("type")).name(), document.get("number"), document.get("fileName"), content.length,
          document.get("sha256"), content, now, archivedBy, office);
    }
    execution.getProcessInstance().setVariable("receiptNumber", receipt.number());
    return receipt.number();
  }

  private static byte[] bytes(DelegateExecution execution, String variable) {
    FileValue file = execution.getVariableTyped(variable);
    if (file == null) {
      throw new IllegalStateException("Dokumen " + variable + " tidak ditemukan pada proses ini");
    }
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
