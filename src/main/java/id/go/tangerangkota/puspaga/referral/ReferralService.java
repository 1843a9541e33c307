package id.go.tangerangkota.puspaga.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The register of requests referred to SOP Layanan Konsultasi/Konseling or Penjangkauan. */
@Service
public class ReferralService {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ReferralService(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String processInstanceId, String businessKey, String serviceType, String reason, String referredBy) {
    jdbc.update(
        "insert into sop_referral (id, process_instance_id, business_key, service_type, reason, referred_by, referred_at)"
            + " values (?,?,?,?,?,?,?)",
        UUID.randomUUID().toString(), processInstanceId, businessKey, serviceType, reason, referredBy,
        Timestamp.from(clock.instant()));
  }

  public List<Map<String, Object>> referralsOf(String processInstanceId) {
    return jdbc.queryForList("select * from sop_referral where process_instance_id = ?", processInstanceId);
  }
}
