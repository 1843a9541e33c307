package id.go.tangerangkota.puspaga.report;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where periodic reports are filed (the monthly client report, the yearly survey report): a table
 * with a period, a version per period, the document number, the PDF and the CSV with their
 * checksums, when and by whom (null: the schedule).
 */
public final class ReportShelf {

  /** A filed report, without its bytes. */
  public record Shelved(String id, String office, String period, int version, String documentNumber, String fileName, String pdfSha256,
      String csvSha256, Instant generatedAt, String generatedBy) {}

  private final JdbcTemplate jdbc;
  private final String table;
  private final String columns;
  private final String periodColumn;

  /** {@code table} and {@code periodColumn} are our own names, never input. */
  public ReportShelf(JdbcTemplate jdbc, String table, String periodColumn) {
    this.jdbc = jdbc;
    this.table = table;
    this.periodColumn = periodColumn;
    this.columns = "id, office_id, " + periodColumn + ", version, document_number, file_name, pdf_sha256, csv_sha256, generated_at,"
        + " generated_by";
  }

  /** The newest periods first, their newest version first, of the offices the filter names. */
  public List<Shelved> latest(int count, OfficeFilter offices) {
    return jdbc.query("select " + columns + " from " + table + " where " + offices.sql("office_id") + " order by "
        + periodColumn + " desc, version desc fetch first " + count + " rows only", this::shelved);
  }

  /** The office's reports of a period. */
  public List<Shelved> of(String office, Object period) {
    return jdbc.query("select " + columns + " from " + table + " where office_id = ? and " + periodColumn + " = ?"
        + " order by version", this::shelved, office, period);
  }

  public Optional<Shelved> find(String id, OfficeFilter offices) {
    return jdbc.query("select " + columns + " from " + table + " where id = ? and " + offices.sql("office_id"), this::shelved, id)
        .stream().findFirst();
  }

  public Optional<byte[]> content(String id, boolean pdf, OfficeFilter offices) {
    return jdbc.query("select " + (pdf ? "pdf" : "csv") + " from " + table + " where id = ? and " + offices.sql("office_id"),
        (rs, i) -> rs.getBytes(1), id).stream().findFirst();
  }

  /** The office's highest version of the period, null when it was never reported. */
  public Integer latestVersion(String office, Object period) {
    return jdbc.queryForObject("select max(version) from " + table + " where office_id = ? and " + periodColumn + " = ?",
        Integer.class, office, period);
  }

  /** Files an office's report and answers its id. */
  public String file(String office, Object period, int version, String number, String fileName, byte[] pdf, byte[] csv,
      Instant at, String by) {
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into " + table + " (id, office_id, " + periodColumn + ", version, document_number, file_name, pdf,"
            + " pdf_sha256, csv, csv_sha256, generated_at, generated_by) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        id, office, period, version, number, fileName, pdf, DocumentService.sha256(pdf), csv, DocumentService.sha256(csv),
        Timestamp.from(at), by);
    return id;
  }

  private Shelved shelved(ResultSet rs, int row) throws SQLException {
    return new Shelved(rs.getString("id"), rs.getString("office_id"), rs.getString(periodColumn), rs.getInt("version"), rs.getString("document_number"),
        rs.getString("file_name"), rs.getString("pdf_sha256"), rs.getString("csv_sha256"),
        DatabaseTimes.instant(rs.getObject("generated_at")), rs.getString("generated_by"));
  }
}
