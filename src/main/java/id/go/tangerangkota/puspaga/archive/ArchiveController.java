package id.go.tangerangkota.puspaga.archive;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.privacy.AccessLog;
import id.go.tangerangkota.puspaga.report.DocumentType;
import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the archive for Admin (Dokumentasi dan Pencatatan) and the Ketua. Receipt
 * numbers contain slashes (001/TT/PUSPAGA-3671/XI/2026): a client names one as the query parameter
 * {@code receipt} (its slashes may be encoded there), or as the rest of the path (unencoded:
 * Tomcat refuses an encoded slash in a path).
 */
@RestController
@RequestMapping("/api/archive")
class ArchiveController {

  private static final Set<String> READERS = Set.of("administrasi", "ketua", Groups.CAMUNDA_ADMIN);

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH.mm");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  private final AccessLog accessLog;

  ArchiveController(JdbcTemplate jdbc, IdentityService identity, WorkingDayCalendar calendar, AccessLog accessLog) {
    this.accessLog = accessLog;
    this.jdbc = jdbc;
    this.identity = identity;
    this.calendar = calendar;
  }

  @GetMapping("/documents/{id}")
  ResponseEntity<?> document(@PathVariable String id) {
    if (!mayRead()) {
      return forbidden();
    }
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select file_name, sha256, content, process_instance_id from archive_document where id = ? and "
            + OfficeScope.filter(identity).sql("office_id"), id);
    if (rows.isEmpty()) {
      return notFound("Dokumen arsip " + id + " tidak ditemukan.");
    }
    Map<String, Object> row = rows.get(0);
    accessLog.record(identity.getCurrentAuthentication().getUserId(), List.of((String) row.get("process_instance_id")),
        AccessLog.Read.ARCHIVED_DOCUMENT);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("X-Checksum-SHA256", (String) row.get("sha256"))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename((String) row.get("file_name")).build().toString())
        .body((byte[]) row.get("content"));
  }

  /** The receipt by query parameter: any HTTP client can send a number with slashes this way. */
  @GetMapping(params = "receipt")
  ResponseEntity<?> receiptByParameter(@RequestParam String receipt) {
    return receipt(receipt.strip());
  }

  /** The receipt as the rest of the path, e.g. /api/archive/001/TT/PUSPAGA-3671/II/2027 (slashes unencoded). */
  @GetMapping("/**")
  ResponseEntity<?> receiptByPath(HttpServletRequest request) {
    String prefix = request.getContextPath() + "/api/archive/";
    String uri = request.getRequestURI();
    if (!uri.startsWith(prefix) || uri.length() == prefix.length()) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message",
          "Sebutkan nomor tanda terima: GET /api/archive?receipt=001/TT/PUSPAGA-3671/XI/2026 atau /api/archive/001/TT/PUSPAGA-3671/XI/2026."));
    }
    return receipt(uri.substring(prefix.length()));
  }

  /**
   * The latest receipts, newest first (at most 50), or those of one request
   * ({@code ?registrationNumber=LI-3671-2026-0042}): what the Arsip page lists.
   */
  @GetMapping(params = "!receipt")
  ResponseEntity<?> receipts(@RequestParam(required = false) String registrationNumber) {
    if (!mayRead()) {
      return forbidden();
    }
    List<String> numbers = registrationNumber == null || registrationNumber.isBlank()
        ? jdbc.queryForList("select receipt_number from archive_receipt where " + OfficeScope.filter(identity).sql("office_id")
            + " order by issued_at desc, receipt_number desc limit 50", String.class)
        : jdbc.queryForList("select receipt_number from archive_receipt where business_key = ? and "
            + OfficeScope.filter(identity).sql("office_id") + " order by issued_at desc", String.class, registrationNumber.strip());
    return ResponseEntity.ok(numbers.stream().map(this::listing).toList());
  }

  private ResponseEntity<?> receipt(String receiptNumber) {
    if (!mayRead()) {
      return forbidden();
    }
    Map<String, Object> listing = listing(receiptNumber);
    return listing == null ? notFound("Tanda terima " + receiptNumber + " tidak ditemukan.") : ResponseEntity.ok(listing);
  }

  private Map<String, Object> listing(String receiptNumber) {
    List<Map<String, Object>> receipts = jdbc.queryForList(
        "select receipt_number, process_instance_id, business_key, issued_at, issued_by from archive_receipt"
            + " where receipt_number = ? and " + OfficeScope.filter(identity).sql("office_id"), receiptNumber);
    if (receipts.isEmpty()) {
      return null;
    }
    Map<String, Object> receipt = receipts.get(0);
    List<Map<String, Object>> documents = jdbc.queryForList(
        "select id, document_type, document_number, file_name, size_bytes, sha256, archived_at, archived_by"
            + " from archive_document where receipt_number = ? order by archived_at, document_number", receiptNumber);
    Instant issuedAt = DatabaseTimes.instant(receipt.get("issued_at"));
    return Map.of(
        "receiptNumber", receipt.get("receipt_number"),
        "receiptTitle", DocumentType.TANDA_TERIMA.title(),
        "processInstanceId", receipt.get("process_instance_id"),
        "businessKey", String.valueOf(receipt.get("business_key")),
        "issuedAt", receipt.get("issued_at").toString(),
        "issuedAtText", officeTime(issuedAt),
        "issuedBy", String.valueOf(receipt.get("issued_by")),
        // In the order the SOP produces them, then by number.
        "documents", documents.stream()
            .sorted(Comparator.comparing((Map<String, Object> d) -> order(d.get("document_type")))
                .thenComparing(d -> String.valueOf(d.get("document_number"))))
            .map(d -> Map.of(
                "id", d.get("id"), "type", d.get("document_type"), "title", title(d.get("document_type")),
                "number", d.get("document_number"),
                "fileName", d.get("file_name"), "size", d.get("size_bytes"), "sha256", d.get("sha256"),
                "archivedAt", d.get("archived_at").toString(), "archivedBy", String.valueOf(d.get("archived_by")))).toList());
  }

  private static Optional<DocumentType> type(Object name) {
    return Arrays.stream(DocumentType.values()).filter(type -> type.name().equals(name)).findFirst();
  }

  private static int order(Object name) {
    return type(name).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  private static String title(Object name) {
    return type(name).map(DocumentType::title).orElse(String.valueOf(name));
  }

  /** "5 Desember 2026, 14.05 WIB": the office's clock, whatever the reader's. */
  private String officeTime(Instant instant) {
    ZonedDateTime at = instant.atZone(calendar.zone());
    return at.format(INDONESIAN_DATE) + ", " + at.format(HOURS) + " " + at.getZone().getDisplayName(TextStyle.SHORT, INDONESIAN);
  }

  private boolean mayRead() {
    return ApiAnswers.callerIsIn(identity, READERS);
  }

  private static ResponseEntity<Map<String, String>> forbidden() {
    return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Arsip hanya dapat dibaca oleh Admin (Dokumentasi dan Pencatatan) dan Ketua PUSPAGA.");
  }

  private static ResponseEntity<Map<String, String>> notFound(String message) {
    return ApiAnswers.refused(HttpStatus.NOT_FOUND, message);
  }
}
