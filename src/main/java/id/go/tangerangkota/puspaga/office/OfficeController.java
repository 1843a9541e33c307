package id.go.tangerangkota.puspaga.office;

import id.go.tangerangkota.puspaga.system.ApiAnswers;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding ({@code POST /api/offices}, idempotent: 201 for a new office, 200 for an update) and
 * the list of offices ({@code GET /api/offices}), for the platform's administrators: the group
 * {@code platform} and {@code camunda-admin}. Example in docs/offices.md.
 */
@RestController
class OfficeController {

  /** The platform's administrators: they onboard offices, not requests. */
  static final String PLATFORM = "platform";
  private static final Set<String> ADMINISTRATORS = Set.of(PLATFORM, Groups.CAMUNDA_ADMIN);

  private final Offices offices;
  private final OfficeRegistry registry;
  private final IdentityService identity;

  OfficeController(Offices offices, OfficeRegistry registry, IdentityService identity) {
    this.offices = offices;
    this.registry = registry;
    this.identity = identity;
  }

  @GetMapping("/api/offices")
  ResponseEntity<?> list() {
    if (!ApiAnswers.callerIsIn(identity, ADMINISTRATORS)) {
      return refused();
    }
    return ResponseEntity.ok(registry.all());
  }

  @PostMapping("/api/offices")
  ResponseEntity<?> onboard(@RequestBody OfficeDefinition definition) {
    if (!ApiAnswers.callerIsIn(identity, ADMINISTRATORS)) {
      return refused();
    }
    try {
      boolean created = offices.onboard(definition);
      return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(registry.of(definition.id()));
    } catch (Offices.OfficeRefused refused) {
      return ResponseEntity.status(refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
          .body(Map.of("message", "Kantor tidak disimpan: " + String.join("; ", refused.faults()), "faults", refused.faults()));
    }
  }

  private static ResponseEntity<Map<String, String>> refused() {
    return ApiAnswers.refused(HttpStatus.FORBIDDEN,
        "Kantor hanya dapat didaftarkan dan dilihat oleh administrator platform (grup platform atau camunda-admin).");
  }
}
