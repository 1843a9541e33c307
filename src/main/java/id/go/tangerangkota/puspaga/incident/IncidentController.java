package id.go.tangerangkota.puspaga.incident;

import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters of an incident, to print and send: to the authority
 * ({@code GET /api/privacy/incidents/{id}/letters/LEMBAGA}) and to each affected requester without an
 * e-mail address ({@code …/letters/LI-3671-2026-0042}). For the data protection officer, the Ketua and administrators.
 */
@RestController
class IncidentController {

  static final Set<String> READERS = Set.of("ppdp", "ketua", Groups.CAMUNDA_ADMIN);

  private final Incidents incidents;
  private final IdentityService identity;

  IncidentController(Incidents incidents, IdentityService identity) {
    this.incidents = incidents;
    this.identity = identity;
  }

  @GetMapping("/api/privacy/incidents")
  ResponseEntity<?> list() {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Daftar insiden data pribadi hanya dapat dibaca oleh Pejabat"
          + " Pelindungan Data Pribadi, Ketua PUSPAGA dan administrator.");
    }
    return ResponseEntity.ok(incidents.all(OfficeScope.filter(identity)));
  }

  @GetMapping("/api/privacy/incidents/{processInstanceId}/letters/{addressee}")
  ResponseEntity<?> letter(@PathVariable String processInstanceId, @PathVariable String addressee) {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Surat insiden data pribadi hanya dapat diunduh oleh Pejabat"
          + " Pelindungan Data Pribadi, Ketua PUSPAGA dan administrator.");
    }
    return incidents.letter(processInstanceId, addressee, OfficeScope.filter(identity))
        .<ResponseEntity<?>>map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("surat-insiden-" + addressee + ".pdf", StandardCharsets.UTF_8).build().toString())
            .body(pdf))
        .orElseGet(() -> ApiAnswers.refused(HttpStatus.NOT_FOUND, "Tidak ada surat untuk " + addressee
            + " pada insiden ini. Surat dibuat setelah PPDP memutuskan untuk memberi tahu."));
  }
}
