package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The record of who read which request's personal data (UU 27/2022 Pasal 31): one row per person,
 * request, kind of read and moment. Kept for the archive period (docs/privacy.md).
 */
@Service
public class AccessLog {

  /** What was read, as the log shows it. */
  public enum Read {
    VARIABLES("Data permohonan (variabel proses)"),
    VARIABLE_HISTORY("Riwayat data permohonan"),
    FORM_HISTORY("Riwayat isian formulir"),
    ARCHIVED_DOCUMENT("Arsip: dokumen PDF"),
    COMPLIANCE_LIST("Daftar permohonan Kepatuhan SOP"),
    ACCESS_LOG("Catatan akses"),
    EXPORT("Salinan data untuk pemohon (hak akses)"),
    CORRECTION("Perbaikan data (hak perbaikan)"),
    ERASURE("Penghapusan data (hak penghapusan)"),
    RIGHTS_DOCUMENT("Dokumen permintaan hak (diunduh petugas)"),
    INCIDENT("Insiden data pribadi (penilaian dan pemberitahuan)");

    private final String label;

    Read(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** An entry as the log's readers see it. */
  public record Entry(Instant readAt, String userId, String processInstanceId, Read what) {

    public String whatText() {
      return what.label();
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AccessLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records that this person read these requests' data (each once, however often it was in the answer). */
  public void record(String userId, Collection<String> processInstanceIds, Read what) {
    if (userId == null || processInstanceIds.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> rows = new ArrayList<>();
    for (String instance : new LinkedHashSet<>(processInstanceIds)) {
      if (instance != null) {
        rows.add(new Object[] {UUID.randomUUID().toString(), now, userId, instance, what.name()});
      }
    }
    jdbc.batchUpdate("insert into access_log (id, read_at, user_id, process_instance_id, what) values (?,?,?,?,?)", rows);
  }

  public List<Entry> ofRequest(String processInstanceId) {
    return ofRequest(processInstanceId, OfficeFilter.ALL);
  }

  /** Who read the request, if it is one of the offices' requests. */
  public List<Entry> ofRequest(String processInstanceId, OfficeFilter offices) {
    return jdbc.query("select read_at, user_id, process_instance_id, what from access_log where process_instance_id = ?"
        + " and " + offices.sqlForRequest("process_instance_id") + " order by read_at desc fetch first 1000 rows only",
        this::entry, processInstanceId);
  }

  /** What the person read of the offices' requests. */
  public List<Entry> ofPerson(String userId, OfficeFilter offices) {
    return jdbc.query("select read_at, user_id, process_instance_id, what from access_log where user_id = ?"
        + " and " + offices.sqlForRequest("process_instance_id") + " order by read_at desc fetch first 1000 rows only",
        this::entry, userId);
  }

  private Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Entry(DatabaseTimes.instant(rs.getObject("read_at")), rs.getString("user_id"),
        rs.getString("process_instance_id"), Read.valueOf(rs.getString("what")));
  }
}
