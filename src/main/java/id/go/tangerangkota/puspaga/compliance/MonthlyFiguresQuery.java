package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.compliance.MonthlyFigures.Count;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One month's figures for the monthly client report, from the anonymous statistics and our tables (never history). */
@Component
public class MonthlyFiguresQuery {

  private final JdbcTemplate jdbc;
  private final ComplianceService compliance;

  public MonthlyFiguresQuery(JdbcTemplate jdbc, ComplianceService compliance) {
    this.jdbc = jdbc;
    this.compliance = compliance;
  }

  /** The month's figures of the offices the filter names. */
  public MonthlyFigures of(CompliancePeriod month, ZoneId zone, OfficeFilter offices) {
    Timestamp from = Timestamp.from(month.start().atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(month.end().atStartOfDay(zone).toInstant());

    List<Map<String, Object>> received = jdbc.queryForList("select topic, channel, requester_kind from request_statistics"
        + " where received_at >= ? and received_at < ? and " + offices.sql("office_id"), from, to);
    List<Count> byTopic = count(received, r -> LayananInformasi.topicLabel(text(r.get("topic"))));
    List<Count> byChannel = count(received, r -> LayananInformasi.channelLabel(text(r.get("channel"))));
    List<Count> byRequester = count(received, r -> "LEMBAGA".equals(r.get("requester_kind"))
        ? "Lembaga atau kelompok" : "Perorangan");

    List<Count> referrals = new ArrayList<>();
    jdbc.query("select service_type, count(*) as n from sop_referral where referred_at >= ? and referred_at < ?"
            + ComplianceData.inOffice(offices) + " group by service_type order by service_type", rs -> {
          referrals.add(new Count(referralLabel(rs.getString("service_type")), rs.getLong("n")));
        }, from, to);

    long approved = jdbc.queryForObject("select count(*) from request_statistics where program_approved_at >= ?"
        + " and program_approved_at < ? and " + offices.sql("office_id"), Long.class, from, to);
    Map<String, Object> held = jdbc.queryForMap("select count(*) as n, coalesce(sum(participants), 0) as people"
        + " from activity_statistics where held_on >= ? and held_on < ?" + ComplianceData.inOffice(offices), java.sql.Date.valueOf(month.start()),
        java.sql.Date.valueOf(month.end()));

    ComplianceReport steps = compliance.report(month, offices);
    long breaches = steps.steps().stream().mapToLong(ComplianceReport.StepFigures::breaches).sum();
    return new MonthlyFigures(month, received.size(), byTopic, byChannel, byRequester,
        referrals.stream().mapToLong(Count::count).sum(), referrals, approved, ((Number) held.get("n")).longValue(),
        ((Number) held.get("people")).longValue(), steps.steps(), breaches);
  }

  private static String referralLabel(String serviceType) {
    return switch (serviceType) {
      case LayananInformasi.SERVICE_KONSELING -> "Layanan konsultasi/konseling";
      case LayananInformasi.SERVICE_PENJANGKAUAN -> "Layanan penjangkauan";
      default -> serviceType;
    };
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static List<Count> count(List<Map<String, Object>> requests, Function<Map<String, Object>, String> label) {
    Map<String, Long> counts = requests.stream().collect(Collectors.groupingBy(label, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Count(e.getKey().isBlank() ? "(tidak diisi)" : e.getKey(), e.getValue()))
        .toList();
  }
}
