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
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
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
  public record Filed(String id, String office, int year, int version, String documentNumber, String fileName, String pdfSha256,
      String csvSha256, OffsetDateTime generatedAt, String generatedBy) {}

  /** Suggestions printed in the yearly report's summary, each cut to this length. */
  static final int SUMMARY_ITEMS = 50;
  static final int SUMMARY_LENGTH = 200;

  private final SurveyInvitations invitations;
  private final SurveyResults results;
  private final PdfRenderer renderer;
  private final DocumentNumbering numbering;
  private final OfficeRegistry offices;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ReportShelf shelf;

  SurveyDocuments(SurveyInvitations invitations, SurveyResults results, PdfRenderer renderer, DocumentNumbering numbering,
      OfficeRegistry offices, JdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock,
      PlatformTransactionManager transactions) {
    this.invitations = invitations;
    this.results = results;
    this.renderer = renderer;
    this.numbering = numbering;
    this.offices = offices;
    this.calendar = calendar;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.shelf = new ReportShelf(jdbc, "survey_report", "report_year");
  }

  /**
   * The slip of one of the offices' ended requests, empty when none of theirs with that number has
   * ended (another office's request is not theirs to print: its code would answer its survey).
   */
  public Optional<byte[]> slip(String registrationNumber, OfficeFilter readable) {
    return invitations.byRegistrationNumber(registrationNumber).filter(invitation -> readable.allows(invitation.office()))
        .map(invitation -> {
      String code = invitations.codeOf(invitation);
      String link = invitations.link(code);
      Office office = offices.of(invitation.office());
      Map<String, Object> model = new HashMap<>();
      model.put("office", office.letterhead());
      model.put("month", invitation.serviceMonthLabel());
      model.put("code", code);
      model.put("surveyPage", link.substring(0, link.indexOf('?')));
      model.put("resultsPage", invitations.resultsLink(office));
      model.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(link)));
      return renderer.render("slip-survei", model);
    });
  }

  /** Produces and files an office's yearly report (a new version when the year was reported before). */
  public Filed produce(String office, int year, String by) {
    return file(office, year, by, false).orElseThrow();
  }

  /**
   * From the first working day of a year on, each office's report of the previous year, once
   * however many nodes ask.
   */
  public List<Filed> produceDue() {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    if (today.isBefore(calendar.nextWorkingDayFrom(today.withDayOfYear(1)))) {
      return List.of();
    }
    int year = today.getYear() - 1;
    List<Filed> filed = new ArrayList<>();
    for (var office : offices.all()) {
      if (byYear(office.id(), year).isEmpty()) {
        try {
          file(office.id(), year, null, true).ifPresent(filed::add);
        } catch (DuplicateKeyException another) {
          // Another node filed it first.
        }
      }
    }
    return filed;
  }

  public List<Filed> list(OfficeFilter readable) {
    return shelf.latest(40, readable).stream().map(this::filed).toList();
  }

  public List<Filed> byYear(String office, int year) {
    return shelf.of(office, year).stream().map(this::filed).toList();
  }

  public Optional<Filed> find(String id, OfficeFilter readable) {
    return shelf.find(id, readable).map(this::filed);
  }

  public Optional<byte[]> content(String id, boolean pdf, OfficeFilter readable) {
    return shelf.content(id, pdf, readable);
  }

  /** As the monthly report: the number is drawn first, in the filing's transaction, so two nodes cannot both file. */
  private Optional<Filed> file(String office, int year, String by, boolean onlyTheFirst) {
    return Optional.ofNullable(transaction.execute(status -> {
      LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
      String number = numbering.next(office, DocumentType.LAPORAN_SKM, today);
      Integer latest = shelf.latestVersion(office, year);
      if (onlyTheFirst && latest != null) {
        status.setRollbackOnly();
        return null;
      }
      SurveyPeriod period = SurveyPeriod.year(year);
      OfficeFilter only = OfficeFilter.of(office);
      SurveyResults.Result result = results.of(period, only);
      List<SurveyResults.GroupRow> groups = results.byGroup(period, only);
      List<SurveyResults.MonthRow> trend = results.trend(period, only);
      List<String> suggestions = results.suggestions(period, only).stream().map(row -> (String) row.get("suggestion")).toList();
      Map<String, Object> model = new HashMap<>();
      model.put("office", offices.of(office).letterhead());
      model.put("documentNumber", number);
      model.put("documentTitle", DocumentType.LAPORAN_SKM.title());
      model.put("documentDate", today.format(INDONESIAN_DATE));
      model.put("result", result);
      model.put("groups", groups);
      model.put("trend", trend);
      Map<String, String> followUps = new java.util.LinkedHashMap<>();
      for (SurveyPeriod part : List.of(SurveyPeriod.semester(year, 1), SurveyPeriod.semester(year, 2), period)) {
        results.followUp(office, part.key()).ifPresent(text -> followUps.put(part.label(), text));
      }
      model.put("followUps", followUps);
      model.put("suggestionCount", suggestions.size());
      model.put("suggestions", suggestions.stream().limit(SUMMARY_ITEMS)
          .map(s -> s.length() > SUMMARY_LENGTH ? s.substring(0, SUMMARY_LENGTH) + " …" : s).toList());
      byte[] pdf = renderer.render(DocumentType.LAPORAN_SKM.template(), model);
      byte[] csv = csv(result, groups, trend, number).getBytes(StandardCharsets.UTF_8);
      String fileName = "laporan-skm-" + year + "-" + number.replaceAll("[^A-Za-z0-9]+", "-");
      return find(shelf.file(office, year, latest == null ? 1 : latest + 1, number, fileName, pdf, csv, clock.instant(), by),
          OfficeFilter.ALL).orElseThrow();
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
    return new Filed(shelved.id(), shelved.office(), Integer.parseInt(shelved.period()), shelved.version(), shelved.documentNumber(),
        shelved.fileName(), shelved.pdfSha256(), shelved.csvSha256(),
        shelved.generatedAt().atZone(calendar.zone()).toOffsetDateTime(), shelved.generatedBy());
  }
}
