package id.go.tangerangkota.puspaga.rights;

import id.go.tangerangkota.puspaga.privacy.AccessLog;
import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import org.springframework.jdbc.core.JdbcTemplate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The papers of a rights request for the data protection officer, who hands a walk-in requester
 * their access copy at the counter or reads a correction note:
 * {@code GET /api/privacy/rights/{processInstanceId}/documents/{SALINAN_PDF|SALINAN_JSON|CATATAN_PERBAIKAN}}.
 * Each download is in the access log.
 */
@RestController
class RightsController {

  static final Set<String> READERS = Set.of("ppdp", Groups.CAMUNDA_ADMIN);
  static final Set<String> LIST_READERS = Set.of("ppdp", "ketua", Groups.CAMUNDA_ADMIN);

  private final RightsRequests requests;
  private final IdentityService identity;
  private final AccessLog accessLog;
  private final JdbcTemplate jdbc;

  RightsController(RightsRequests requests, IdentityService identity, AccessLog accessLog, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.identity = identity;
    this.accessLog = accessLog;
  }

  /** The rights requests for the officer's page, newest first: no personal data, only what was asked and its state. */
  @GetMapping("/api/privacy/rights")
  ResponseEntity<?> list() {
    if (!ApiAnswers.callerIsIn(identity, LIST_READERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Daftar permintaan hak atas data pribadi hanya dapat dibaca oleh"
          + " Pejabat Pelindungan Data Pribadi, Ketua PUSPAGA dan administrator.");
    }
    return ResponseEntity.ok(requests.all(OfficeScope.filter(identity)));
  }

  /** Whether the caller's offices include the office of that request. */
  private boolean officeAllows(String request) {
    return jdbc.queryForObject("select count(*) from request_statistics where process_instance_id = ? and "
        + OfficeScope.filter(identity).sql("office_id"), Integer.class, request) > 0;
  }

  @GetMapping("/api/privacy/rights/{processInstanceId}/documents/{documentType}")
  ResponseEntity<?> document(@PathVariable String processInstanceId, @PathVariable String documentType) {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN,
          "Dokumen permintaan hak hanya dapat diunduh oleh Pejabat Pelindungan Data Pribadi dan administrator.");
    }
    var file = requests.requestOf(processInstanceId)
        .filter(request -> officeAllows(request))
        .flatMap(request -> requests.document(processInstanceId, documentType));
    if (file.isEmpty()) {
      return ApiAnswers.refused(HttpStatus.NOT_FOUND, "Permintaan hak ini tidak memiliki dokumen " + documentType
          + ". Dokumen dibuat setelah permintaan dikabulkan.");
    }
    requests.requestOf(processInstanceId).ifPresent(request -> accessLog.record(
        identity.getCurrentAuthentication().getUserId(), List.of(request), AccessLog.Read.RIGHTS_DOCUMENT));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.get().fileName(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(file.get().mediaType()))
        .body(file.get().content());
  }
}
