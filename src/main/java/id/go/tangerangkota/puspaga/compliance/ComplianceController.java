package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.privacy.AccessLog;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import id.go.tangerangkota.puspaga.system.AsApplication;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Ketua's compliance figures ({@code GET /api/compliance?period=2026-11}) and the instances
 * behind each ({@code GET /api/compliance/instances?period=...&figure=overdue&step=2}). Only the
 * Ketua and Camunda administrators may read them: they name officers and their overdue work.
 */
@RestController
@RequestMapping("/api/compliance")
class ComplianceController {

  static final Set<String> READERS = Set.of("ketua", Groups.CAMUNDA_ADMIN);

  private final ComplianceService compliance;
  private final MonthlyReports reports;
  private final IdentityService identity;

  private final AccessLog accessLog;

  private final OfficeRegistry officeRegistry;

  ComplianceController(ComplianceService compliance, MonthlyReports reports, IdentityService identity,
      AccessLog accessLog, OfficeRegistry officeRegistry) {
    this.officeRegistry = officeRegistry;
    this.accessLog = accessLog;
    this.compliance = compliance;
    this.reports = reports;
    this.identity = identity;
  }

  /** The filed monthly reports, newest month first. */
  @GetMapping("/reports")
  ResponseEntity<?> reports() {
    return mayRead() ? ResponseEntity.ok(reports.list(OfficeScope.filter(identity))) : forbidden();
  }

  /** Produces the report of a month now (e.g. {@code ?month=2026-11}), as a new version when it exists. */
  @org.springframework.web.bind.annotation.PostMapping("/reports")
  ResponseEntity<?> produce(@RequestParam(required = false) String month, @RequestParam(required = false) String office) {
    if (!mayRead()) {
      return forbidden();
    }
    // The Ketua's own office; a Ketua of several offices, or an administrator, names it (?office=3674).
    String chosenOffice = OfficeScope.chosen(identity, office, officeRegistry).orElse(null);
    if (chosenOffice == null) {
      return badRequest("Sebutkan kantor laporan (office=kode wilayah, mis. 3671); hanya kantor Anda sendiri.");
    }
    java.time.YearMonth chosen;
    try {
      chosen = java.time.YearMonth.parse(month == null ? "" : month.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return badRequest("Bulan \"" + month + "\" tidak dikenal. Tulis tahun dan bulan, misalnya 2026-11.");
    }
    java.time.YearMonth current = java.time.YearMonth.from(compliance.today());
    if (chosen.isAfter(current)) {
      return badRequest("Laporan bulan " + CompliancePeriod.month(chosen).label() + " belum dapat dibuat: bulan itu belum"
          + " dimulai.");
    }
    String by = identity.getCurrentAuthentication().getUserId();
    return ResponseEntity.status(HttpStatus.CREATED).body(asOffice(() -> reports.produce(chosenOffice, chosen, by)));
  }

  @GetMapping("/reports/{id}/pdf")
  ResponseEntity<?> pdf(@org.springframework.web.bind.annotation.PathVariable String id) {
    return download(id, true);
  }

  @GetMapping("/reports/{id}/csv")
  ResponseEntity<?> csv(@org.springframework.web.bind.annotation.PathVariable String id) {
    return download(id, false);
  }

  private ResponseEntity<?> download(String id, boolean pdf) {
    if (!mayRead()) {
      return forbidden();
    }
    var filed = reports.find(id, OfficeScope.filter(identity));
    var content = reports.content(id, pdf, OfficeScope.filter(identity));
    if (filed.isEmpty() || content.isEmpty()) {
      // Its own content type: a download link asks for a PDF or CSV, and still gets the reason.
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Laporan bulanan " + id + " tidak ditemukan."));
    }
    return ResponseEntity.ok()
        .contentType(pdf ? org.springframework.http.MediaType.APPLICATION_PDF
            : org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header("X-Checksum-SHA256", pdf ? filed.get().pdfSha256() : filed.get().csvSha256())
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
            .filename(filed.get().fileName() + (pdf ? ".pdf" : ".csv")).build().toString())
        .body(content.get());
  }

  @GetMapping
  ResponseEntity<?> report(@RequestParam(required = false) String period) {
    if (!mayRead()) {
      return forbidden();
    }
    try {
      CompliancePeriod chosen = CompliancePeriod.parse(period, compliance.today());
      OfficeFilter offices = OfficeScope.filter(identity);
      return ResponseEntity.ok(asOffice(() -> compliance.report(chosen, offices)));
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    }
  }

  @GetMapping("/instances")
  ResponseEntity<?> instances(@RequestParam(required = false) String period, @RequestParam String figure,
      @RequestParam(required = false) Integer step, @RequestParam(required = false) String lane,
      @RequestParam(required = false) String officer) {
    if (!mayRead()) {
      return forbidden();
    }
    ComplianceService.Figure which;
    try {
      which = ComplianceService.Figure.valueOf(figure.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return badRequest("Angka \"" + figure + "\" tidak dikenal. Pilih open, overdue, breaches, completed atau late.");
    }
    try {
      CompliancePeriod chosen = CompliancePeriod.parse(period, compliance.today());
      OfficeFilter offices = OfficeScope.filter(identity);
      var rows = asOffice(() -> compliance.instances(chosen, which, step, blankToNull(lane), officer, offices));
      accessLog.record(identity.getCurrentAuthentication().getUserId(),
          rows.stream().map(ComplianceReport.InstanceRow::processInstanceId).toList(), AccessLog.Read.COMPLIANCE_LIST);
      return ResponseEntity.ok(rows);
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    }
  }

  /**
   * The figures count every request and name every officer, whatever the reader's own engine
   * permissions (e.g. to read users and groups): once the reader is known to be the Ketua, the
   * queries run without the engine's per-user authorization checks.
   */
  private <T> T asOffice(java.util.function.Supplier<T> work) {
    return AsApplication.run(identity, work);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private boolean mayRead() {
    return ApiAnswers.callerIsIn(identity, READERS);
  }

  private static ResponseEntity<Map<String, String>> forbidden() {
    return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Angka kepatuhan SOP hanya dapat dibaca oleh Ketua PUSPAGA dan administrator.");
  }

  private static ResponseEntity<Map<String, String>> badRequest(String message) {
    return ApiAnswers.refused(HttpStatus.BAD_REQUEST, message);
  }
}
