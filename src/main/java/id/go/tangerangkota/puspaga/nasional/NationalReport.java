package id.go.tangerangkota.puspaga.nasional;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.compliance.CompliancePeriod;
import id.go.tangerangkota.puspaga.nasional.NationalFigures.OfficeRow;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.report.SpreadsheetCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The monitors' report of a period on demand, under the ministry's heading: the offices' table of
 * the national view, as a PDF to send and a CSV for a spreadsheet. Made when asked, not filed:
 * it holds no personal data and can be made again from the same statistics.
 */
@Service
class NationalReport {

  private final PdfRenderer renderer;
  private final NationalProperties heading;

  NationalReport(PdfRenderer renderer, NationalProperties heading) {
    this.renderer = renderer;
    this.heading = heading;
  }

  byte[] pdf(CompliancePeriod period, String scope, List<OfficeRow> offices, LocalDate today) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", heading.letterhead());
    model.put("documentTitle", "Laporan Pemantauan PUSPAGA");
    model.put("documentDate", today.format(INDONESIAN_DATE));
    model.put("period", period);
    model.put("scope", scope);
    model.put("offices", offices);
    long[] totals = totals(offices);
    model.put("totals", totals);
    model.put("totalPercent", totals[4] == 0 ? null : Math.round(100.0 * totals[5] / totals[4]));
    return renderer.render("laporan-nasional", model);
  }

  static String csv(CompliancePeriod period, String scope, List<OfficeRow> offices) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("peringkat", "kode wilayah", "kantor", "diterima", "terbuka", "selesai", "pelanggaran batas",
        "langkah selesai", "langkah tepat waktu", "tepat waktu %", "IKM", "mutu IKM"));
    for (OfficeRow office : offices) {
      rows.add(List.of(blank(office.rank()), office.id(), office.name(), office.received(), office.open(), office.ended(),
          office.breaches(), office.completed(), office.completedWithinLimit(), blank(office.onTimePercent()),
          blank(office.ikm()), blank(office.ikmCategory())));
    }
    rows.add(List.of("", "", "Laporan pemantauan " + scope + ", " + period.label(), "", "", "", "", "", "", "", "", ""));
    return SpreadsheetCsv.of(rows);
  }

  /** The sums over the offices, as the report's last row. */
  static long[] totals(List<OfficeRow> offices) {
    long[] totals = new long[6];
    for (OfficeRow office : offices) {
      totals[0] += office.received();
      totals[1] += office.open();
      totals[2] += office.ended();
      totals[3] += office.breaches();
      totals[4] += office.completed();
      totals[5] += office.completedWithinLimit();
    }
    return totals;
  }

  private static Object blank(Object value) {
    return value == null ? "" : value;
  }
}
