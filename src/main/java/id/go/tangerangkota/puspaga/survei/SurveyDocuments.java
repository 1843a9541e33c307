package id.go.tangerangkota.puspaga.survei;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.report.DocumentNumbering;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.DocumentType;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.report.ReportShelf;
import id.go.tangerangkota.puspaga.report.SpreadsheetCsv;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.dao.DuplicateKeyException;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey's papers: the slip for a walk-in or phone requester (letterhead, the one-use code and
 * a QR code of the link), and the yearly Laporan Hasil Survei Kepuasan Masyarakat (numbered like
 * the other documents, PDF and CSV, filed in {@code survey_report}).
 */
@Service
public class SurveyDocuments {

  /** A filed yearly report, without its bytes. */
  public record Filed(String id, int year, int version, String documentNumber, String fileName, String pdfSha256,
      String csvSha256, OffsetDateTime generatedAt, String generatedBy) {}

  /** Suggestions printed in the yearly report's summary, each cut to this length. */
  static final int SUMMARY_ITEMS = 50;
  static final int SUMMARY_LENGTH = 200;

  private final SurveyInvitations invitations;
  private final SurveyResults results;
  private final PdfRenderer renderer;
  private final DocumentNumbering numbering;
  private final OfficeRegistry offices;
  private final HistoryService history;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ReportShelf shelf;

  SurveyDocuments(SurveyInvitations invitations, SurveyResults results, PdfRenderer renderer, DocumentNumbering numbering,
      OfficeRegistry offices, HistoryService history, JdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock,
      PlatformTransactionManager transactions) {
    this.invitations = invitations;
    this.results = results;
    this.renderer = renderer;
    this.numbering = numbering;
    this.offices = offices;
    this.history = history;
    this.calendar = calendar;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.shelf = new ReportShelf(jdbc, "survey_report", "report_year");
  }

  /** The slip of an ended request, empty when no request with that number has ended. */
  public Optional<byte[]> slip(String registrationNumber) {
    return invitations.byRegistrationNumber(registrationNumber).map(invitation -> {
      String code = invitations.codeOf(invitation);
      String link = invitations.link(code);
      Map<String, Object> model = new HashMap<>();
      var request = history.createHistoricProcessInstanceQuery().processInstanceId(invitation.processInstanceId()).singleResult();
      model.put("office", offices.of(request == null ? null : request.getTenantId()).letterhead());
      model.put("month", invitation.serviceMonthLabel());
      model.put("code", code);
      model.put("surveyPage", link.substring(0, link.indexOf('?')));
      model.put("resultsPage", link.substring(0, link.indexOf('?')) + "/hasil");
      model.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(link)));
      return renderer.render("slip-survei", model);
    });
  }

  /** Produces and files the yearly report (a new version when the year was reported before). */
  public Filed produce(int year, String by) {
    return file(year, by, false).orElseThrow();
  }

  /** From the first working day of a year on, the previous year's report, once however many nodes ask. */
  public Optional<Filed> produceDue() {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    if (today.isBefore(calendar.nextWorkingDayFrom(today.withDayOfYear(1)))) {
      return Optional.empty();
    }
    int year = today.getYear() - 1;
    if (!byYear(year).isEmpty()) {
      return Optional.empty();
    }
    try {
      return file(year, null, true);
    } catch (DuplicateKeyException another) {
      return Optional.empty();
    }
  }

  public List<Filed> list() {
    return shelf.latest(40, OfficeFilter.ALL).stream().map(this::filed).toList();
  }

  public List<Filed> byYear(int year) {
    return shelf.of(offices.defaultOfficeId(), year).stream().map(this::filed).toList();
  }

  public Optional<Filed> find(String id) {
    return shelf.find(id, OfficeFilter.ALL).map(this::filed);
  }

  public Optional<byte[]> content(String id, boolean pdf) {
    return shelf.content(id, pdf, OfficeFilter.ALL);
  }

  /** As the monthly report: the number is drawn first, in the filing's transaction, so two nodes cannot both file. */
  private Optional<Filed> file(int year, String by, boolean onlyTheFirst) {
    return Optional.ofNullable(transaction.execute(status -> {
      LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
      // Platform-wide until the survey figures are kept per office: the default office files it.
      String number = numbering.next(offices.defaultOfficeId(), DocumentType.LAPORAN_SKM, today);
      Integer latest = shelf.latestVersion(offices.defaultOfficeId(), year);
      if (onlyTheFirst && latest != null) {
        status.setRollbackOnly();
        return null;
      }
      SurveyPeriod period = SurveyPeriod.year(year);
      SurveyResults.Result result = results.of(period);
      List<SurveyResults.GroupRow> groups = results.byGroup(period);
      List<SurveyResults.MonthRow> trend = results.trend(period);
      List<String> suggestions = results.suggestions(period).stream().map(row -> (String) row.get("suggestion")).toList();
      Map<String, Object> model = new HashMap<>();
      model.put("office", offices.defaultOffice().letterhead());
      model.put("documentNumber", number);
      model.put("documentTitle", DocumentType.LAPORAN_SKM.title());
      model.put("documentDate", today.format(INDONESIAN_DATE));
      model.put("result", result);
      model.put("groups", groups);
      model.put("trend", trend);
      Map<String, String> followUps = new java.util.LinkedHashMap<>();
      for (SurveyPeriod part : List.of(SurveyPeriod.semester(year, 1), SurveyPeriod.semester(year, 2), period)) {
        results.followUp(part.key()).ifPresent(text -> followUps.put(part.label(), text));
      }
      model.put("followUps", followUps);
      model.put("suggestionCount", suggestions.size());
      model.put("suggestions", suggestions.stream().limit(SUMMARY_ITEMS)
          .map(s -> s.length() > SUMMARY_LENGTH ? s.substring(0, SUMMARY_LENGTH) + " …" : s).toList());
      byte[] pdf = renderer.render(DocumentType.LAPORAN_SKM.template(), model);
      byte[] csv = csv(result, groups, trend, number).getBytes(StandardCharsets.UTF_8);
      String fileName = "laporan-skm-" + year + "-" + number.replaceAll("[^A-Za-z0-9]+", "-");
      return find(shelf.file(offices.defaultOfficeId(), year, latest == null ? 1 : latest + 1, number, fileName, pdf, csv, clock.instant(), by))
          .orElseThrow();
    }));
  }

  /** The regulation's tables as rows a spreadsheet opens, with the decimal comma. */
  static String csv(SurveyResults.Result result, List<SurveyResults.GroupRow> groups, List<SurveyResults.MonthRow> trend,
      String number) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("bagian", "uraian", "responden", "nilai", "mutu"));
    rows.add(List.of("laporan", "nomor " + number + ", " + result.label(), "", "", ""));
    rows.add(List.of("populasi", "permohonan selesai", result.population(), "", ""));
    rows.add(List.of("sampel minimal", "Krejcie-Morgan", result.requiredSample(), result.sampleReached() ? "terpenuhi"
        : "belum terpenuhi", ""));
    rows.add(List.of("IKM", "Indeks Kepuasan Masyarakat", result.answers(), result.index() == null ? "" : result.index(),
        result.category() == null ? "" : result.category() + " " + result.categoryLabel()));
    for (SurveyResults.ElementRow element : result.elements()) {
      rows.add(List.of("NRR unsur", element.code() + " " + element.label(), result.answers(),
          element.nrr().toPlainString().replace('.', ','), ""));
    }
    for (SurveyResults.GroupRow group : groups) {
      rows.add(List.of("kelompok responden", group.question() + ": " + group.group(), group.answers(), group.index(),
          group.category()));
    }
    for (SurveyResults.MonthRow month : trend) {
      rows.add(List.of("bulan", month.label(), month.answers(), month.index() == null ? "" : month.index(),
          month.category() == null ? "" : month.category()));
    }
    return SpreadsheetCsv.of(rows);
  }

  private static byte[] qr(String text) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 320, 320,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
      BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("Cannot draw the QR code: " + e.getMessage(), e);
    }
  }

  private Filed filed(ReportShelf.Shelved shelved) {
    return new Filed(shelved.id(), Integer.parseInt(shelved.period()), shelved.version(), shelved.documentNumber(),
        shelved.fileName(), shelved.pdfSha256(), shelved.csvSha256(),
        shelved.generatedAt().atZone(calendar.zone()).toOffsetDateTime(), shelved.generatedBy());
  }
}
