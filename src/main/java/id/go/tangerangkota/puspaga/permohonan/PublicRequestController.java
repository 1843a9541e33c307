package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.notification.NotificationProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public pages, without login: {@code /permohonan} (ask for the service) and
 * {@code /permohonan/status} (follow a request with its number and status code). Plain HTML
 * forms, no script, so a strict Content-Security-Policy holds and they work on any phone, by
 * keyboard and with a screen reader.
 */
@RestController
class PublicRequestController {

  private static final Logger LOG = LoggerFactory.getLogger(PublicRequestController.class);

  static final String NOT_MATCHING = "Nomor registrasi atau kode status tidak cocok. Periksa keduanya, lalu coba lagi.";

  private final PublicRequestService requests;
  private final PublicResponses responses;
  private final RateLimits limits;
  private final PublicRequestProperties settings;
  private final NotificationProperties links;

  PublicRequestController(PublicRequestService requests, PublicResponses responses, RateLimits limits,
      PublicRequestProperties settings, NotificationProperties links) {
    this.requests = requests;
    this.responses = responses;
    this.limits = limits;
    this.settings = settings;
    this.links = links;
  }

  @GetMapping("/permohonan")
  ResponseEntity<String> form(HttpServletRequest request) {
    return page(HttpStatus.OK, "permohonan", Map.of(), request, true);
  }

  @PostMapping(path = "/permohonan", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> submit(HttpServletRequest request,
      @RequestParam(required = false) String requesterName, @RequestParam(required = false) String requesterPhone,
      @RequestParam(required = false) String requesterEmail, @RequestParam(required = false) String requesterInstitution,
      @RequestParam(required = false) String requesterAddress, @RequestParam(required = false) String topic,
      @RequestParam(required = false) String requestBackground, @RequestParam(required = false) String consent,
      @RequestParam(required = false) String website, @RequestParam(required = false) String csrf,
      @RequestParam(required = false) String issued, @RequestParam(required = false) String sig) {
    if (!limits.allowSubmission(request.getRemoteAddr())) {
      return responses.tooMany();
    }
    var verdict = responses.check(request, csrf, issued, sig, settings.minFillTime());
    if (verdict == FormTokens.Verdict.FORGED) {
      return page(HttpStatus.FORBIDDEN, "pesan", Map.of("message", PublicResponses.FORGED), request, false);
    }
    PublicRequestForm form = new PublicRequestForm(requesterName, requesterPhone, requesterEmail, requesterInstitution,
        requesterAddress, topic, requestBackground, "ya".equals(consent));
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    if (website != null && !website.isEmpty()) {
      // The field people never see: a robot filled it. Nothing is stored, nothing is said about why.
      LOG.info("Public request refused: the hidden field was filled in (from {})", request.getRemoteAddr());
      model.put("notice", "Permohonan tidak dapat diproses. Periksa isian Anda, lalu kirim lagi.");
      return page(HttpStatus.BAD_REQUEST, "permohonan", model, request, true);
    }
    if (verdict == FormTokens.Verdict.TOO_FAST || verdict == FormTokens.Verdict.EXPIRED) {
      model.put("notice", verdict == FormTokens.Verdict.TOO_FAST
          ? "Formulir terkirim terlalu cepat. Periksa isian Anda, lalu kirim lagi."
          : "Formulir sudah terlalu lama terbuka. Periksa isian Anda, lalu kirim lagi.");
      return page(HttpStatus.BAD_REQUEST, "permohonan", model, request, true);
    }
    Map<String, String> problems = form.problems();
    if (!problems.isEmpty()) {
      model.put("errors", problems);
      return page(HttpStatus.BAD_REQUEST, "permohonan", model, request, true);
    }
    var submitted = requests.submit(form, statusPage());
    return page(HttpStatus.OK, "terkirim", Map.of("submitted", submitted, "statusPage", statusPage()), request, false);
  }

  @GetMapping("/permohonan/status")
  ResponseEntity<String> statusForm(HttpServletRequest request) {
    return page(HttpStatus.OK, "status", Map.of(), request, true);
  }

  @PostMapping(path = "/permohonan/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> status(HttpServletRequest request, @RequestParam(required = false) String registrationNumber,
      @RequestParam(required = false) String statusCode, @RequestParam(required = false) String csrf,
      @RequestParam(required = false) String issued, @RequestParam(required = false) String sig) {
    if (!limits.allowStatusCheck(request.getRemoteAddr())) {
      return responses.tooMany();
    }
    if (responses.check(request, csrf, issued, sig, Duration.ZERO) == FormTokens.Verdict.FORGED) {
      return page(HttpStatus.FORBIDDEN, "pesan", Map.of("message", PublicResponses.FORGED), request, false);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("registrationNumber", registrationNumber == null ? "" : registrationNumber.strip());
    var status = requests.status(registrationNumber, statusCode);
    if (status.isEmpty()) {
      model.put("notice", NOT_MATCHING);
      return page(HttpStatus.NOT_FOUND, "status", model, request, true);
    }
    model.put("status", status.get());
    // The rights form and the downloads on this page prove the request again with the same pair.
    model.put("statusCode", statusCode.strip());
    return page(HttpStatus.OK, "status", model, request, true);
  }

  private ResponseEntity<String> page(HttpStatus status, String name, Map<String, Object> model, HttpServletRequest request,
      boolean withForm) {
    return responses.page(status, name, model, request, withForm ? "/permohonan" : null);
  }

  private String statusPage() {
    return links.link("/permohonan/status");
  }
}
