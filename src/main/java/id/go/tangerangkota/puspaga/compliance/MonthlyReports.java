package id.go.tangerangkota.puspaga.compliance;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.StepFigures;
import id.go.tangerangkota.puspaga.compliance.MonthlyFigures.Count;
import id.go.tangerangkota.puspaga.report.DocumentNumbering;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.DocumentType;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.report.ReportShelf;
import id.go.tangerangkota.puspaga.report.SpreadsheetCsv;
import id.go.tangerangkota.puspaga.survei.SurveyPeriod;
import id.go.tangerangkota.puspaga.survei.SurveyResults;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly client report: one month's figures as a numbered PDF (the documents' pipeline:
 * numbering, letterhead, renderer) and a CSV of the same figures, filed in {@code monthly_report}.
 */
@Service
public class MonthlyReports {

  /** A filed report, without its bytes. */
  public record Filed(String id, String office, String month, String monthLabel, int version, String documentNumber, String fileName,
      String pdfSha256, String csvSha256, java.time.OffsetDateTime generatedAt, String generatedBy) {}

  private final MonthlyFiguresQuery figures;
  private final PdfRenderer renderer;
  private final DocumentNumbering numbering;
  private final OfficeRegistry offices;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final SurveyResults survey;
  private final ReportShelf shelf;

  public MonthlyReports(MonthlyFiguresQuery figures, PdfRenderer renderer, DocumentNumbering numbering,
      OfficeRegistry offices, JdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock,
      PlatformTransactionManager transactions, SurveyResults survey) {
    this.survey = survey;
    this.shelf = new ReportShelf(jdbc, "monthly_report", "report_month");
    this.transaction = new TransactionTemplate(transactions);
    this.figures = figures;
    this.renderer = renderer;
    this.numbering = numbering;
    this.offices = offices;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Produces and files the office's report of that month (a new version when it was reported before). */
  public Filed produce(String office, YearMonth month, String by) {
    return file(office, month, by, false).orElseThrow();
  }

  /**
   * The scheduled report of a month: version 1, filed once however many nodes try. The number is
   * drawn first, in the filing's transaction: a second node waits on the counter until the first
   * has filed, then finds the month reported and rolls back, giving its number back (no gap).
   */
  public Optional<Filed> produceScheduled(String office, YearMonth month) {
    if (!byMonth(office, month).isEmpty()) {
      return Optional.empty();
    }
    try {
      return file(office, month, null, true);
    } catch (DuplicateKeyException another) {
      return Optional.empty();
    }
  }

  /**
   * From the first working day of a month (the national calendar's) on, each office's previous
   * month's report, once. Called every morning: a node that was down on the first working day
   * catches up the next.
   */
  public List<Filed> produceDue() {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    LocalDate first = calendar.nextWorkingDayFrom(today.withDayOfMonth(1));
    if (today.isBefore(first)) {
      return List.of();
    }
    List<Filed> filed = new ArrayList<>();
    for (var office : offices.all()) {
      produceScheduled(office.id(), YearMonth.from(today).minusMonths(1)).ifPresent(filed::add);
    }
    return filed;
  }

  public List<Filed> list(OfficeFilter readable) {
    return shelf.latest(60, readable).stream().map(this::filed).toList();
  }

  public List<Filed> byMonth(String office, YearMonth month) {
    return shelf.of(office, month.toString()).stream().map(this::filed).toList();
  }

  /** The PDF or CSV of a filed report, if the reader's offices include its office. */
  public Optional<byte[]> content(String id, boolean pdf, OfficeFilter readable) {
    return shelf.content(id, pdf, readable);
  }

  public Optional<Filed> find(String id, OfficeFilter readable) {
    return shelf.find(id, readable).map(this::filed);
  }

  /**
   * Draws the number, then (holding the counter's row lock until commit, so two filings of a month
   * cannot interleave) decides the version and files; a scheduled filing of a month already filed
   * rolls back and files nothing.
   */
  private Optional<Filed> file(String office, YearMonth month, String by, boolean onlyTheFirst) {
    return Optional.ofNullable(transaction.execute(status -> {
      LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
      String number = numbering.next(office, DocumentType.LAPORAN_BULANAN, today);
      Integer latest = shelf.latestVersion(office, month.toString());
      if (onlyTheFirst && latest != null) {
        status.setRollbackOnly();
        return null;
      }
      return file(office, month, by, latest == null ? 1 : latest + 1, number, today);
    }));
  }

  private Filed file(String office, YearMonth month, String by, int version, String number, LocalDate today) {
    MonthlyFigures data = figures.of(CompliancePeriod.month(month), calendar.zone(), OfficeFilter.of(office));
    Map<String, Object> model = new HashMap<>();
    model.put("office", offices.of(office).letterhead());
    model.put("documentNumber", number);
    model.put("documentTitle", DocumentType.LAPORAN_BULANAN.title());
    model.put("documentDate", today.format(INDONESIAN_DATE));
    model.put("figures", data);
    SurveyResults.Result surveyed = survey.of(SurveyPeriod.month(month), OfficeFilter.of(office));
    model.put("survey", surveyed);
    byte[] pdf = renderer.render(DocumentType.LAPORAN_BULANAN.template(), model);
    byte[] csv = csv(data, surveyed, number).getBytes(StandardCharsets.UTF_8);
    String fileName = "laporan-bulanan-" + month + "-" + number.replaceAll("[^A-Za-z0-9]+", "-");
    return find(shelf.file(office, month.toString(), version, number, fileName, pdf, csv, clock.instant(), by),
        OfficeFilter.ALL).orElseThrow();
  }

  /** The figures as rows a spreadsheet opens. */
  static String csv(MonthlyFigures data, SurveyResults.Result surveyed, String number) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("bagian", "uraian", "jumlah", "batas_sop", "median", "persentil_90", "tepat_waktu_persen",
        "pelanggaran", "status"));
    rows.add(List.of("laporan", "nomor " + number + ", bulan " + data.month().label(), "", "", "", "", "", "", ""));
    rows.add(List.of("permohonan", "diterima", data.requests(), "", "", "", "", "", ""));
    data.byTopic().forEach(c -> rows.add(row("permohonan menurut topik", c)));
    data.byChannel().forEach(c -> rows.add(row("permohonan menurut saluran", c)));
    data.byRequester().forEach(c -> rows.add(row("permohonan menurut pemohon", c)));
    rows.add(List.of("rujukan", "jumlah", data.referrals(), "", "", "", "", "", ""));
    data.referralsByType().forEach(c -> rows.add(row("rujukan menurut jenis", c)));
    rows.add(List.of("program kerja", "disetujui", data.programsApproved(), "", "", "", "", "", ""));
    rows.add(List.of("kegiatan", "dilaksanakan", data.activitiesHeld(), "", "", "", "", "", ""));
    rows.add(List.of("kegiatan", "peserta", data.participants(), "", "", "", "", "", ""));
    for (StepFigures step : data.steps()) {
      rows.add(List.of("langkah " + step.step(), step.name(), step.completed(), step.limit(),
          step.median() == null ? "" : step.median() + " " + step.unit(), step.p90() == null ? "" : step.p90() + " " + step.unit(),
          step.withinLimitPercent() == null ? "" : step.withinLimitPercent(), step.breaches(), step.statusText()));
    }
    rows.add(List.of("pelanggaran batas waktu", "jumlah", data.breaches(), "", "", "", "", "", ""));
    // The month's Survei Kepuasan Masyarakat: answers for the requests that ended in it.
    rows.add(List.of("survei kepuasan", "permohonan selesai", surveyed.population(), "", "", "", "", "", ""));
    rows.add(List.of("survei kepuasan", "responden", surveyed.answers(), "", "", "", "", "", ""));
    rows.add(List.of("survei kepuasan", "IKM", surveyed.index() == null ? "" : surveyed.index(), "", "", "", "", "",
        surveyed.category() == null ? "" : surveyed.category() + " " + surveyed.categoryLabel()));
    surveyed.elements().forEach(element -> rows.add(List.of("survei kepuasan", "NRR " + element.code() + " "
        + element.label(), element.nrr().toPlainString().replace('.', ','), "", "", "", "", "", "")));
    return SpreadsheetCsv.of(rows);
  }

  private static List<Object> row(String section, Count count) {
    return List.of(section, count.label(), count.count(), "", "", "", "", "", "");
  }

  private Filed filed(ReportShelf.Shelved shelved) {
    YearMonth month = YearMonth.parse(shelved.period());
    return new Filed(shelved.id(), shelved.office(), month.toString(), CompliancePeriod.month(month).label(), shelved.version(),
        shelved.documentNumber(), shelved.fileName(), shelved.pdfSha256(), shelved.csvSha256(),
        shelved.generatedAt().atZone(calendar.zone()).toOffsetDateTime(), shelved.generatedBy());
  }
}
