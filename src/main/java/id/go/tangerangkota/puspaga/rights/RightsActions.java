package id.go.tangerangkota.puspaga.rights;

import static id.go.tangerangkota.puspaga.rights.RightsVariables.*;

import id.go.tangerangkota.puspaga.privacy.AccessLog;
import id.go.tangerangkota.puspaga.privacy.RetentionPass;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a granted rights request does to the request it is about: the access copy, the correction,
 * the end of processing, the erasure. Runs as the application (the process's asynchronous steps), and
 * records in the access log in the deciding officer's name what was read or changed.
 */
@Service
public class RightsActions {

  /** Mails to the requester about one request: the receipt, the survey invitation, the answers to rights requests. */
  static final String TO_REQUESTER = "(dedup_key = ? or dedup_key = ? or dedup_key in (select 'rights-answer:'"
      + " || process_instance_id from data_subject_request where request_instance_id = ?))";

  static Object[] toRequester(String request, String registrationNumber) {
    return new Object[] {"receipt:" + registrationNumber, "survey-invitation:" + request, request};
  }

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final AccessExport exports;
  private final AccessLog accessLog;
  private final RetentionPass retention;
  private final PdfRenderer renderer;
  private final OfficeRegistry offices;
  private final RightsRequests requests;
  private final Clock clock;

  RightsActions(JdbcTemplate jdbc, RuntimeService runtime, AccessExport exports,
      AccessLog accessLog, RetentionPass retention, PdfRenderer renderer, OfficeRegistry offices,
      RightsRequests requests, Clock clock) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.exports = exports;
    this.accessLog = accessLog;
    this.retention = retention;
    this.renderer = renderer;
    this.offices = offices;
    this.requests = requests;
    this.clock = clock;
  }

  public void carryOut(DelegateExecution execution) {
    String rights = execution.getProcessInstanceId();
    Map<String, Object> row = jdbc.queryForMap("select * from data_subject_request where process_instance_id = ?", rights);
    String request = (String) row.get("request_instance_id");
    String number = (String) row.get("registration_number");
    String officer = (String) execution.getVariable(DECIDED_BY);
    switch (RightsKind.valueOf((String) row.get("kind"))) {
      case AKSES -> {
        AccessExport.Copy copy = exports.of(execution.getTenantId(), request, number);
        String name = "salinan-data-pribadi-" + number;
        file(rights, request, "SALINAN_PDF", name + ".pdf", "application/pdf", copy.pdf());
        file(rights, request, "SALINAN_JSON", name + ".json", "application/json", copy.json());
        accessLog.record(officer, List.of(request), AccessLog.Read.EXPORT);
      }
      case PERBAIKAN -> correct(execution, rights, request, number, officer);
      case PENARIKAN -> {
        if (running(request)) {
          if (SUSPEND.equals(execution.getVariable(WITHDRAWAL_ACTION))) {
            runtime.suspendProcessInstanceById(request);
          } else {
            runtime.deleteProcessInstance(request, "Persetujuan ditarik oleh pemohon (UU 27/2022)");
          }
        }
        stopMails(request, number);
      }
      case PENGHAPUSAN -> {
        if (running(request)) {
          runtime.deleteProcessInstance(request, "Data dihapus atas permintaan pemohon (UU 27/2022)");
        }
        stopMails(request, number);
      }
    }
  }

  /** The erasure itself, in a transaction after the request's processing has ended. */
  public void erase(DelegateExecution execution) {
    String rights = execution.getProcessInstanceId();
    String request = requests.requestOf(rights).orElseThrow();
    if (requests.erasedAt(request).isEmpty()) {
      retention.eraseOnRequest(request);
    }
    accessLog.record((String) execution.getVariable(DECIDED_BY), List.of(request), AccessLog.Read.ERASURE);
  }

  /**
   * The named field set right where the request still runs; the documents already issued stay as
   * issued, with a correction note filed beside them (also for a request that has ended, whose
   * history keeps what was recorded then).
   */
  private void correct(DelegateExecution execution, String rights, String request, String number, String officer) {
    String field = execution.getVariable(CORRECTION_FIELD).toString();
    String value = execution.getVariable(CORRECTION_VALUE).toString().strip();
    boolean running = running(request);
    if (running) {
      runtime.setVariable(request, field, value);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(execution.getTenantId()).letterhead());
    model.put("number", number);
    model.put("field", CORRECTABLE.get(field));
    model.put("value", value);
    model.put("running", running);
    model.put("at", requests.when(clock.instant()));
    model.put("officer", DocumentService.fullName(execution, officer));
    model.put("answer", execution.getVariable(ANSWER));
    file(rights, request, "CATATAN_PERBAIKAN", "catatan-perbaikan-" + number + ".pdf", "application/pdf",
        renderer.render("catatan-perbaikan", model));
    accessLog.record(officer, List.of(request), AccessLog.Read.CORRECTION);
  }

  private boolean running(String request) {
    return runtime.createProcessInstanceQuery().processInstanceId(request).count() > 0;
  }

  /** The requester's mails still waiting are not sent; a request that no longer runs writes no more. */
  private void stopMails(String request, String number) {
    Object[] args = toRequester(request, number);
    Object[] all = new Object[args.length + 1];
    all[0] = "Tidak dikirim: pemrosesan dihentikan atas permintaan pemohon";
    System.arraycopy(args, 0, all, 1, args.length);
    jdbc.update("update mail_outbox set status = 'FAILED', last_error = ? where status = 'PENDING' and " + TO_REQUESTER, all);
  }

  private void file(String rights, String request, String type, String name, String mediaType, byte[] content) {
    jdbc.update("insert into data_subject_document (id, rights_instance_id, request_instance_id, document_type, file_name,"
            + " media_type, sha256, content, created_at) values (?,?,?,?,?,?,?,?,?)",
        UUID.randomUUID().toString(), rights, request, type, name, mediaType, DocumentService.sha256(content), content,
        Timestamp.from(Instant.now(clock)));
  }
}
