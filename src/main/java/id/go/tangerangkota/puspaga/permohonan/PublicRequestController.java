package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.notification.NotificationProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import org.springframework.web.bind.annotation.PathVariable;
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

  private final OfficeRegistry offices;

  PublicRequestController(PublicRequestService requests, PublicResponses responses, RateLimits limits,
      PublicRequestProperties settings, NotificationProperties links, OfficeRegistry offices) {
    this.offices = offices;
    this.requests = requests;
    this.responses = responses;
    this.limits = limits;
    this.settings = settings;
    this.links = links;
  }

  private static String base(String path) {
    return path == null ? "/permohonan" : "/permohonan/" + path;
  }

  private ResponseEntity<String> noSuchOffice(HttpServletRequest request) {
    return responses.page(HttpStatus.NOT_FOUND, "pesan", Map.of("message", NO_SUCH_OFFICE), request, null);
  }

  static final String NO_SUCH_OFFICE = "Halaman kantor PUSPAGA ini tidak ada. Pilih kantor Anda dari halaman depan.";

  /** The root page: each office's pages, the survey, the staff login. */
  @GetMapping("/")
  ResponseEntity<String> home(HttpServletRequest request) {
    return responses.page(HttpStatus.OK, "beranda", Map.of("offices", offices.all()), request, null);
  }

  @GetMapping({"/permohonan", "/permohonan/{path:[a-z0-9-]+}"})
  ResponseEntity<String> form(HttpServletRequest request, @PathVariable(required = false) String path) {
    return offices.ofPublicPath(path).map(office -> page(HttpStatus.OK, "permohonan", officeModel(office, path), request, true))
        .orElseGet(() -> noSuchOffice(request));
  }

  private static Map<String, Object> officeModel(Office office, String path) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", office.letterhead());
    model.put("officeName", office.name());
    model.put("officeId", office.id());
    model.put("base", base(path));
    return model;
  }

  @PostMapping(path = {"/permohonan", "/permohonan/{path:[a-z0-9-]+}"}, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> submit(HttpServletRequest request, @PathVariable(required = false) String path,
      @RequestParam(required = false) String requesterName, @RequestParam(required = false) String requesterPhone,
      @RequestParam(required = false) String requesterEmail, @RequestParam(required = false) String requesterInstitution,
      @RequestParam(required = false) String requesterAddress, @RequestParam(required = false) String topic,
      @RequestParam(required = false) String requestBackground, @RequestParam(required = false) String consent,
      @RequestParam(required = false) String website, @RequestParam(required = false) String csrf,
      @RequestParam(required = false) String issued, @RequestParam(required = false) String sig) {
    Optional<Office> office = offices.ofPublicPath(path);
    if (office.isEmpty()) {
      return noSuchOffice(request);
    }
    if (!limits.allowSubmission(request.getRemoteAddr())) {
      return responses.tooMany();
    }
    var verdict = responses.check(request, csrf, issued, sig, settings.minFillTime());
    if (verdict == FormTokens.Verdict.FORGED) {
      return page(HttpStatus.FORBIDDEN, "pesan", Map.of("message", PublicResponses.FORGED), request, false);
    }
    PublicRequestForm form = new PublicRequestForm(requesterName, requesterPhone, requesterEmail, requesterInstitution,
        requesterAddress, topic, requestBackground, "ya".equals(consent));
    Map<String, Object> model = officeModel(office.get(), path);
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
    var submitted = requests.submit(form, statusPage(path), office.get());
    model.put("submitted", submitted);
    model.put("statusPage", statusPage(path));
    return page(HttpStatus.OK, "terkirim", model, request, false);
  }

  @GetMapping({"/permohonan/status", "/permohonan/{path:[a-z0-9-]+}/status"})
  ResponseEntity<String> statusForm(HttpServletRequest request, @PathVariable(required = false) String path) {
    return offices.ofPublicPath(path).map(office -> page(HttpStatus.OK, "status", officeModel(office, path), request, true))
        .orElseGet(() -> noSuchOffice(request));
  }

  /** Only the office's own requests: another office's number is as unknown here as a wrong one. */
  @PostMapping(path = {"/permohonan/status", "/permohonan/{path:[a-z0-9-]+}/status"},
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> status(HttpServletRequest request, @PathVariable(required = false) String path,
      @RequestParam(required = false) String registrationNumber,
      @RequestParam(required = false) String statusCode, @RequestParam(required = false) String csrf,
      @RequestParam(required = false) String issued, @RequestParam(required = false) String sig) {
    Optional<Office> office = offices.ofPublicPath(path);
    if (office.isEmpty()) {
      return noSuchOffice(request);
    }
    if (!limits.allowStatusCheck(request.getRemoteAddr())) {
      return responses.tooMany();
    }
    if (responses.check(request, csrf, issued, sig, Duration.ZERO) == FormTokens.Verdict.FORGED) {
      return page(HttpStatus.FORBIDDEN, "pesan", Map.of("message", PublicResponses.FORGED), request, false);
    }
    Map<String, Object> model = officeModel(office.get(), path);
    model.put("registrationNumber", registrationNumber == null ? "" : registrationNumber.strip());
    var status = requests.status(registrationNumber, statusCode, office.get());
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

  private String statusPage(String path) {
    return links.link(base(path) + "/status");
  }
}
