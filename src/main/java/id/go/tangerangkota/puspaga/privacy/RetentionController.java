package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.system.ApiAnswers;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/privacy/retention/run}: the retention pass now, for an administrator; answers what it erased. */
@RestController
class RetentionController {

  private final RetentionPass pass;
  private final IdentityService identity;

  RetentionController(RetentionPass pass, IdentityService identity) {
    this.pass = pass;
    this.identity = identity;
  }

  @PostMapping("/api/privacy/retention/run")
  ResponseEntity<?> run() {
    if (!ApiAnswers.callerIsIn(identity, Set.of(Groups.CAMUNDA_ADMIN))) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Penghapusan data menurut masa retensi hanya dapat dijalankan oleh"
          + " administrator.");
    }
    return ResponseEntity.ok(pass.run());
  }
}
