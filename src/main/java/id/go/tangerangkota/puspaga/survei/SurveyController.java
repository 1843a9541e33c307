package id.go.tangerangkota.puspaga.survei;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey for staff ({@code /api/survei}): the figures of any period with the trend per month
 * and per respondent group (Ketua and administrators, as the compliance figures), the suggestions
 * and the follow-up (the Ketua only: suggestions are free text that may name someone), the yearly
 * report, and the slip of an ended request (Admin at the counter, the Ketua).
 */
@RestController
@RequestMapping("/api/survei")
class SurveyController {

  static final Set<String> READERS = Set.of("ketua", Groups.CAMUNDA_ADMIN);
  static final Set<String> KETUA = Set.of("ketua");
  static final Set<String> SLIP_PRINTERS = Set.of("administrasi", "ketua", Groups.CAMUNDA_ADMIN);
  static final int FOLLOW_UP_LIMIT = 4000;
  static final String NAME_THE_OFFICE = "Sebutkan kantornya (office=kode wilayah, mis. 3671); hanya kantor Anda sendiri.";

  private final SurveyResults results;
  private final SurveyDocuments documents;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final OfficeRegistry registry;
  private final Clock clock;

  SurveyController(SurveyResults results, SurveyDocuments documents, IdentityService identity, WorkingDayCalendar calendar,
      OfficeRegistry registry, Clock clock) {
    this.registry = registry;
    this.results = results;
    this.documents = documents;
    this.identity = identity;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** {@code ?period=2026}, {@code 2026-S2} or {@code 2026-11}; without one, this semester. */
  @GetMapping("/hasil")
  ResponseEntity<?> results(@RequestParam(required = false) String period) {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Hasil survei hanya dapat dibaca di sini oleh Ketua PUSPAGA dan"
          + " administrator; hasil yang diumumkan ada di /survei/hasil.");
    }
    try {
      SurveyPeriod chosen = period(period);
      OfficeFilter offices = OfficeScope.filter(identity);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("result", results.of(chosen, offices));
      body.put("trend", results.trend(chosen, offices));
      body.put("groups", results.byGroup(chosen, offices));
      return ResponseEntity.ok(body);
    } catch (IllegalArgumentException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping("/saran")
  ResponseEntity<?> suggestions(@RequestParam(required = false) String period) {
    if (!ApiAnswers.callerIsIn(identity, KETUA)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Saran dari responden survei hanya dapat dibaca oleh Ketua PUSPAGA.");
    }
    try {
      return ResponseEntity.ok(results.suggestions(period(period), OfficeScope.filter(identity)));
    } catch (IllegalArgumentException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** The follow-up of a period, published on /survei/hasil: {@code {"text": "..."}}. */
  @PutMapping("/tindak-lanjut")
  ResponseEntity<?> followUp(@RequestParam(required = false) String period, @RequestParam(required = false) String office,
      @RequestBody(required = false) Map<String, Object> body) {
    if (!ApiAnswers.callerIsIn(identity, KETUA)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Tindak lanjut hasil survei hanya dapat ditulis oleh Ketua PUSPAGA.");
    }
    String chosenOffice = OfficeScope.chosen(identity, office, registry).orElse(null);
    if (chosenOffice == null) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, NAME_THE_OFFICE);
    }
    SurveyPeriod chosen;
    try {
      chosen = period(period);
    } catch (IllegalArgumentException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    Object text = body == null ? null : body.get("text");
    if (!(text instanceof String written) || written.isBlank()) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, "Tuliskan tindak lanjut hasil survei (isian \"text\") sebelum"
          + " menyimpan.");
    }
    if (written.strip().length() > FOLLOW_UP_LIMIT) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, "Tindak lanjut terlalu panjang: " + written.strip().length()
          + " karakter, paling banyak " + FOLLOW_UP_LIMIT + ".");
    }
    results.writeFollowUp(chosenOffice, chosen, written.strip(), identity.getCurrentAuthentication().getUserId());
    return ResponseEntity.ok(results.of(chosen, OfficeFilter.of(chosenOffice)));
  }

  @GetMapping("/laporan")
  ResponseEntity<?> reports() {
    return ApiAnswers.callerIsIn(identity, READERS) ? ResponseEntity.ok(documents.list(OfficeScope.filter(identity)))
        : refusedReports();
  }

  /** Produces the yearly report now, e.g. {@code ?year=2026} (a new version when it exists). */
  @PostMapping("/laporan")
  ResponseEntity<?> produce(@RequestParam(required = false) String year, @RequestParam(required = false) String office) {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return refusedReports();
    }
    String chosenOffice = OfficeScope.chosen(identity, office, registry).orElse(null);
    if (chosenOffice == null) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, NAME_THE_OFFICE);
    }
    int chosen;
    try {
      chosen = Integer.parseInt(year == null ? "" : year.strip());
    } catch (NumberFormatException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, "Tahun \"" + year + "\" tidak dikenal. Tulis tahunnya, misalnya 2026.");
    }
    int current = LocalDate.now(clock.withZone(calendar.zone())).getYear();
    if (chosen > current || chosen < 2000) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, "Laporan survei tahun " + chosen + " tidak dapat dibuat: pilih"
          + " tahun " + current + " atau sebelumnya.");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(documents.produce(chosenOffice,
        chosen, identity.getCurrentAuthentication().getUserId()));
  }

  @GetMapping("/laporan/{id}/pdf")
  ResponseEntity<?> pdf(@PathVariable String id) {
    return download(id, true);
  }

  @GetMapping("/laporan/{id}/csv")
  ResponseEntity<?> csv(@PathVariable String id) {
    return download(id, false);
  }

  /** The slip of an ended request, to print at the counter; 404 while the request has not ended. */
  @GetMapping("/slip/{registrationNumber}")
  ResponseEntity<?> slip(@PathVariable String registrationNumber) {
    if (!ApiAnswers.callerIsIn(identity, SLIP_PRINTERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Slip survei dicetak oleh Admin atau Ketua PUSPAGA.");
    }
    return documents.slip(registrationNumber, OfficeScope.filter(identity))
        .<ResponseEntity<?>>map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename("slip-survei-" + registrationNumber.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf").build().toString())
            .body(pdf))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("message", "Permohonan " + registrationNumber + " belum selesai atau tidak ada: slip survei dibuat"
                + " setelah permohonan selesai (diarsipkan atau dirujuk).")));
  }

  private ResponseEntity<?> download(String id, boolean pdf) {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return refusedReports();
    }
    var filed = documents.find(id, OfficeScope.filter(identity));
    var content = documents.content(id, pdf, OfficeScope.filter(identity));
    if (filed.isEmpty() || content.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Laporan survei " + id + " tidak ditemukan."));
    }
    return ResponseEntity.ok()
        .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header("X-Checksum-SHA256", pdf ? filed.get().pdfSha256() : filed.get().csvSha256())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(filed.get().fileName() + (pdf ? ".pdf" : ".csv")).build().toString())
        .body(content.get());
  }

  private SurveyPeriod period(String text) {
    return text == null || text.isBlank() ? SurveyPeriod.semesterOf(LocalDate.now(clock.withZone(calendar.zone())))
        : SurveyPeriod.parse(text);
  }

  private static ResponseEntity<Map<String, String>> refusedReports() {
    return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Laporan hasil survei hanya dapat dibuat dan dibaca oleh Ketua PUSPAGA"
        + " dan administrator.");
  }
}
