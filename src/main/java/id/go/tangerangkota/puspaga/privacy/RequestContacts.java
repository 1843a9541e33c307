package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A request found by its registration number, and how its requester is reached (name, address,
 * e-mail), for the processes that answer requesters about their data: the rights and the incidents.
 * Read from our statistics and the engine's history tables directly, because those processes are
 * started by people (or the status page's technical identity) who may not read the request itself.
 */
@Component
public class RequestContacts {

  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final JdbcTemplate jdbc;

  RequestContacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The request with this number: named by the statistics once registered (and after erasure), by history from its start. */
  public Optional<String> instanceOf(String registrationNumber) {
    return jdbc.queryForList("select process_instance_id from request_statistics where business_key = ?"
            + " union select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = ?", String.class,
        registrationNumber, registrationNumber, LayananInformasi.PROCESS_KEY).stream().findFirst();
  }

  /** The requester's e-mail address as the request holds it now, when it is one. */
  public Optional<String> email(String request) {
    return text(request, LayananInformasi.REQUESTER_EMAIL).filter(value -> EMAIL.matcher(value).matches());
  }

  /** A text variable of the request as it holds it now. */
  public Optional<String> text(String request, String variable) {
    List<String> values = jdbc.queryForList("select TEXT_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = ?",
        String.class, request, variable);
    return values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).findFirst();
  }
}
