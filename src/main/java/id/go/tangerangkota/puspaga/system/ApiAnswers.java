package id.go.tangerangkota.puspaga.system;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What our API's controllers share: who the caller is, and answers that give the reason in Indonesian. */
public final class ApiAnswers {

  private ApiAnswers() {}

  /** Whether the logged-in caller (session or HTTP Basic, see SessionOrBasicAuthenticationFilter) is in one of the groups. */
  public static boolean callerIsIn(IdentityService identity, Set<String> groups) {
    Authentication user = identity.getCurrentAuthentication();
    return user != null && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(groups::contains);
  }

  public static ResponseEntity<Map<String, String>> refused(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
