package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.rights.RightsKind;
import id.go.tangerangkota.puspaga.rights.RightsRequests;
import id.go.tangerangkota.puspaga.rights.RightsVariables;
import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import id.go.tangerangkota.puspaga.office.OfficeModels;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A requester's rights over their data, from the status page (UU 27/2022): {@code POST /permohonan/hak}
 * asks for access, correction, withdrawal or erasure, proven by the registration number and the status
 * code (a wrong pair gets the status page's own 404); {@code POST /permohonan/hak/unduh} downloads the
 * access copy, each file once.
 */
@RestController
class PublicRightsController {

  static final String ALREADY_DOWNLOADED = "Berkas ini sudah diunduh satu kali dan tidak dapat diunduh lagi. Bila Anda"
      + " memerlukannya lagi, ajukan permintaan akses yang baru.";

  private final PublicRequestService requests;
  private final RightsRequests rights;
  private final PublicResponses responses;
  private final RateLimits limits;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final OfficeModels models;

  PublicRightsController(PublicRequestService requests, RightsRequests rights, PublicResponses responses, RateLimits limits,
      RuntimeService runtime, IdentityService identity, OfficeModels models) {
    this.models = models;
    this.requests = requests;
    this.rights = rights;
    this.responses = responses;
    this.limits = limits;
    this.runtime = runtime;
    this.identity = identity;
  }

  @PostMapping(path = "/permohonan/hak", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> ask(HttpServletRequest request, @RequestParam(required = false) String registrationNumber,
      @RequestParam(required = false) String statusCode, @RequestParam(required = false) String rightsKind,
      @RequestParam(required = false) String correctionField, @RequestParam(required = false) String correctionValue,
      @RequestParam(required = false) String rightsRequestNote, @RequestParam(required = false) String csrf,
      @RequestParam(required = false) String issued, @RequestParam(required = false) String sig) {
    Gate gate = gate(request, registrationNumber, statusCode, csrf, issued, sig);
    if (gate.refused() != null) {
      return gate.refused();
    }
    PublicRequestService.Proven proven = gate.proven();
    Map<String, Object> variables = new HashMap<>();
    variables.put(RightsVariables.REGISTRATION_NUMBER, proven.number());
    variables.put(RightsVariables.KIND, rightsKind);
    variables.put(RightsVariables.NOTE, blankToNull(rightsRequestNote));
    variables.put(RightsVariables.IDENTITY_CHECK, "Nomor registrasi dan kode status cocok (halaman status)");
    if (RightsKind.PERBAIKAN.name().equals(rightsKind)) {
      variables.put(RightsVariables.CORRECTION_FIELD, correctionField);
      variables.put(RightsVariables.CORRECTION_VALUE, blankToNull(correctionValue));
    }
    String problem = null;
    if (RightsKind.of(rightsKind).isEmpty()) {
      problem = "Pilih jenis permintaan: akses, perbaikan, penarikan persetujuan atau penghapusan.";
    } else {
      // As the request's office: the rights request is that office's, and finds the request only there.
      identity.setAuthentication(PublicRequestService.TECHNICAL_USER, List.of(), List.of(proven.office()));
      try {
        runtime.createProcessInstanceById(models.latest(RightsVariables.PROCESS_KEY, proven.office()).getId())
            .setVariables(variables).execute();
      } catch (SubmissionRejectedException refused) {
        problem = refused.getMessage();
      } finally {
        identity.clearAuthentication();
      }
    }
    if (problem != null) {
      Map<String, Object> model = statusModel(proven, statusCode);
      model.put("rightsError", problem);
      return responses.page(HttpStatus.BAD_REQUEST, "status", model, request, "/permohonan");
    }
    var asked = rights.of(proven.instance()).get(0);
    return responses.page(HttpStatus.OK, "hak-terkirim", Map.of("number", proven.number(),
        "kind", asked.kind().label(), "due", rights.when(asked.dueAt())), request, null);
  }

  @PostMapping(path = "/permohonan/hak/unduh", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<?> download(HttpServletRequest request, @RequestParam(required = false) String registrationNumber,
      @RequestParam(required = false) String statusCode, @RequestParam(required = false) String document,
      @RequestParam(required = false) String csrf, @RequestParam(required = false) String issued,
      @RequestParam(required = false) String sig) {
    Gate gate = gate(request, registrationNumber, statusCode, csrf, issued, sig);
    if (gate.refused() != null) {
      return gate.refused();
    }
    PublicRequestService.Proven proven = gate.proven();
    var file = rights.downloadOnce(proven.instance(), document, "pemohon");
    if (file.isEmpty()) {
      return responses.page(HttpStatus.GONE, "pesan", Map.of("message", ALREADY_DOWNLOADED), request, null);
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.get().fileName(), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.get().mediaType()))
        .body(file.get().content());
  }

  /** A post goes on only within the rate limit, with its form's token, and for the request its number and code prove. */
  private record Gate(ResponseEntity<String> refused, PublicRequestService.Proven proven) {}

  private Gate gate(HttpServletRequest request, String registrationNumber, String statusCode, String csrf, String issued,
      String sig) {
    if (!limits.allowStatusCheck(request.getRemoteAddr())) {
      return new Gate(responses.tooMany(), null);
    }
    if (responses.check(request, csrf, issued, sig, Duration.ZERO) == FormTokens.Verdict.FORGED) {
      return new Gate(forged(request), null);
    }
    return requests.proven(registrationNumber, statusCode).map(proven -> new Gate(null, proven))
        .orElseGet(() -> new Gate(notMatching(registrationNumber, request), null));
  }

  private Map<String, Object> statusModel(PublicRequestService.Proven proven, String statusCode) {
    Map<String, Object> model = new HashMap<>();
    model.put("registrationNumber", proven.number());
    model.put("statusCode", statusCode.strip());
    model.put("status", requests.status(proven));
    return model;
  }

  private ResponseEntity<String> notMatching(String registrationNumber, HttpServletRequest request) {
    Map<String, Object> model = new HashMap<>();
    model.put("registrationNumber", registrationNumber == null ? "" : registrationNumber.strip());
    model.put("notice", PublicRequestController.NOT_MATCHING);
    return responses.page(HttpStatus.NOT_FOUND, "status", model, request, "/permohonan");
  }

  private ResponseEntity<String> forged(HttpServletRequest request) {
    return responses.page(HttpStatus.FORBIDDEN, "pesan", Map.of("message", PublicResponses.FORGED), request, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
