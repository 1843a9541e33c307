package id.go.tangerangkota.puspaga.nasional;

import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.compliance.CompliancePeriod;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import id.go.tangerangkota.puspaga.system.AsApplication;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national and provincial view ({@code /api/nasional}): every readable office's figures and
 * ranking for a period, and one office's steps. For {@code pemantau-nasional},
 * {@code pemantau-provinsi} (her provinces' offices) and {@code camunda-admin}; anyone else 403.
 * An office outside the reader's provinces is as unknown as one that does not exist (404).
 */
@RestController
@RequestMapping("/api/nasional")
class NationalController {

  private final NationalFigures figures;
  private final NationalReport report;
  private final OfficeRegistry offices;
  private final IdentityService identity;
  private final OfficeCalendars calendars;
  private final Clock clock;

  NationalController(NationalFigures figures, NationalReport report, OfficeRegistry offices, IdentityService identity,
      OfficeCalendars calendars, Clock clock) {
    this.figures = figures;
    this.report = report;
    this.offices = offices;
    this.identity = identity;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** {@code ?period=2026-11}, {@code 2026-S2} or {@code 2026}; without one, this month. */
  @GetMapping
  ResponseEntity<?> offices(@RequestParam(required = false) String period) {
    var scope = NationalScope.ofCaller(identity);
    if (scope.isEmpty()) {
      return refused();
    }
    try {
      CompliancePeriod chosen = CompliancePeriod.parse(period, today());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("period", ComplianceReport.Period.of(chosen));
      body.put("scope", scope.get().label());
      body.put("offices", rows(chosen, scope.get()));
      return ResponseEntity.ok(body);
    } catch (IllegalArgumentException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping("/{office}")
  ResponseEntity<?> office(@PathVariable String office, @RequestParam(required = false) String period) {
    var scope = NationalScope.ofCaller(identity);
    if (scope.isEmpty()) {
      return refused();
    }
    Predicate<String> mayRead = scope.get().offices();
    var known = offices.find(office).filter(found -> mayRead.test(found.id()));
    if (known.isEmpty()) {
      return ApiAnswers.refused(HttpStatus.NOT_FOUND, "Kantor " + office + " tidak ada dalam pemantauan Anda.");
    }
    try {
      CompliancePeriod chosen = CompliancePeriod.parse(period, today());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", known.get().id());
      body.put("name", known.get().name());
      body.put("period", ComplianceReport.Period.of(chosen));
      body.put("steps", AsApplication.run(identity, () -> figures.steps(known.get().id(), chosen)));
      return ResponseEntity.ok(body);
    } catch (IllegalArgumentException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** The report of a period on demand: {@code ?period=2026-11&format=pdf} (or {@code csv}). */
  @GetMapping("/laporan")
  ResponseEntity<?> report(@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
    var scope = NationalScope.ofCaller(identity);
    if (scope.isEmpty()) {
      return refused();
    }
    boolean pdf = format == null || format.isBlank() || "pdf".equalsIgnoreCase(format.strip());
    if (!pdf && !"csv".equalsIgnoreCase(format.strip())) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, "Format \"" + format + "\" tidak dikenal: pilih pdf atau csv.");
    }
    CompliancePeriod chosen;
    try {
      chosen = CompliancePeriod.parse(period, today());
    } catch (IllegalArgumentException e) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    List<NationalFigures.OfficeRow> rows = rows(chosen, scope.get());
    String name = "laporan-pemantauan-" + chosen.code() + "-" + scope.get().label().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    byte[] body = pdf ? report.pdf(chosen, scope.get().label(), rows, today())
        : NationalReport.csv(chosen, scope.get().label(), rows).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + (pdf ? ".pdf" : ".csv"))
            .build().toString())
        .body(body);
  }

  /** As the application: the monitors hold no tenant and no right on the models, only this view. */
  private List<NationalFigures.OfficeRow> rows(CompliancePeriod period, NationalScope.Scope scope) {
    return AsApplication.run(identity, () -> figures.offices(period, scope.offices()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(calendars.national().zone()));
  }

  private static ResponseEntity<Map<String, String>> refused() {
    return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Pemantauan nasional hanya untuk pemantau nasional (KemenPPPA) dan"
        + " pemantau provinsi (DP3A Provinsi).");
  }
}
