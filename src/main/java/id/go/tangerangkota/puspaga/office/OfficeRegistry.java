package id.go.tangerangkota.puspaga.office;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices on this platform and their settings (table {@code office}, {@code office_holiday}).
 * The office of a request is its engine tenant id; a request without one (started before offices
 * existed and not yet upgraded, or by the engine itself) belongs to the default office.
 */
@Service
public class OfficeRegistry {

  private static final String COLUMNS = "office_id, name, government, agency, unit, address, city, head_title, head_name,"
      + " head_nip, mail_sender, public_path, number_pattern";

  private final JdbcTemplate jdbc;
  private final OfficeProperties properties;
  private final Clock clock;

  public OfficeRegistry(JdbcTemplate jdbc, OfficeProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** Every office, with its holidays read in one query for all (the public home page lists them at each visit). */
  public List<Office> all() {
    Map<String, List<RegionalHoliday>> holidays = new HashMap<>();
    jdbc.query("select office_id, holiday_date, name from office_holiday order by office_id, holiday_date",
        (RowCallbackHandler) h -> holidays.computeIfAbsent(h.getString(1), id -> new ArrayList<>())
            .add(new RegionalHoliday(h.getDate(2).toLocalDate(), h.getString(3))));
    return jdbc.query("select " + COLUMNS + " from office order by office_id",
        (row, index) -> office(row, holidays.getOrDefault(row.getString("office_id"), List.of())));
  }

  public Optional<Office> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.query("select " + COLUMNS + " from office where office_id = ?", this::office, id).stream().findFirst();
  }

  /** The office whose public pages these are: the default office's without a path (empty: no office has the path). */
  public Optional<Office> ofPublicPath(String path) {
    return path == null || path.isBlank() ? Optional.of(defaultOffice()) : findByPublicPath(path.strip());
  }

  public Optional<Office> findByPublicPath(String path) {
    return jdbc.query("select " + COLUMNS + " from office where public_path = ?", this::office, path).stream().findFirst();
  }

  /** The office of a tenant id; no tenant means the default office. */
  public Office of(String tenantId) {
    String id = tenantId == null ? properties.defaultOffice() : tenantId;
    return find(id).orElseThrow(() -> new IllegalStateException("Kantor " + id + " tidak terdaftar"));
  }

  public Office defaultOffice() {
    return of(null);
  }

  public String defaultOfficeId() {
    return properties.defaultOffice();
  }

  /** Creates or replaces the office's settings and regional holidays, in one transaction. */
  @Transactional
  public void save(Office office) {
    Letterhead head = office.letterhead();
    Object[] values = {office.name(), head.government(), head.agency(), head.unit(), head.address(), head.city(),
        head.headTitle(), head.headName(), head.headNip(), office.mailSender(), office.publicPath(), office.numberPattern(),
        Timestamp.from(clock.instant()), office.id()};
    int updated = jdbc.update("update office set name = ?, government = ?, agency = ?, unit = ?, address = ?, city = ?,"
        + " head_title = ?, head_name = ?, head_nip = ?, mail_sender = ?, public_path = ?, number_pattern = ?,"
        + " updated_at = ? where office_id = ?", values);
    if (updated == 0) {
      jdbc.update("insert into office (name, government, agency, unit, address, city, head_title, head_name, head_nip,"
          + " mail_sender, public_path, number_pattern, updated_at, office_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values);
    }
    jdbc.update("delete from office_holiday where office_id = ?", office.id());
    for (RegionalHoliday holiday : office.holidays()) {
      jdbc.update("insert into office_holiday (office_id, holiday_date, name) values (?,?,?)", office.id(),
          Date.valueOf(holiday.date()), holiday.name());
    }
  }

  private Office office(ResultSet row, int index) throws SQLException {
    List<RegionalHoliday> holidays = jdbc.query(
        "select holiday_date, name from office_holiday where office_id = ? order by holiday_date",
        (h, i) -> new RegionalHoliday(h.getDate(1).toLocalDate(), h.getString(2)), row.getString("office_id"));
    return office(row, holidays);
  }

  private static Office office(ResultSet row, List<RegionalHoliday> holidays) throws SQLException {
    return new Office(row.getString("office_id"), row.getString("name"), new Letterhead(row.getString("government"),
        row.getString("agency"), row.getString("unit"), row.getString("address"), row.getString("city"), row.getString("head_title"),
        row.getString("head_name"), row.getString("head_nip")), row.getString("mail_sender"), row.getString("public_path"),
        row.getString("number_pattern"), holidays);
  }
}
