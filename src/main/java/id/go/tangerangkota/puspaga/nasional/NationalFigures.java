package id.go.tangerangkota.puspaga.nasional;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.compliance.CompliancePeriod;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Status;
import id.go.tangerangkota.puspaga.compliance.StepTimes;
import id.go.tangerangkota.puspaga.compliance.StepTimes.Tally;
import id.go.tangerangkota.puspaga.compliance.StepTotals;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits;
import id.go.tangerangkota.puspaga.layanan.SopStepLimits.StepLimit;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.survei.Ikm;
import id.go.tangerangkota.puspaga.survei.SurveyPeriod;
import id.go.tangerangkota.puspaga.survei.SurveyResults;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The offices' figures for the province and the ministry, from the anonymous statistics alone
 * (request_statistics, step_statistics, sop_breach, the survey's answers): counts per office, the
 * time each step took against its limit on the office's own calendar and model, the IKM, and a
 * ranking by the share of steps done on time. Never a request, a name or a text.
 */
@Service
public class NationalFigures {

  /** One office's row of the national table; rank and share are null while it completed no step. */
  public record OfficeRow(String id, String name, String province, long received, long open, long ended, long breaches,
      long completed, long completedWithinLimit, Integer onTimePercent, String ikm, String ikmCategory, Integer rank) {}

  /** One step of one office: its limit and how the office kept it. */
  public record StepRow(int step, String name, String limit, String unit, long completed, long completedWithinLimit,
      Integer withinLimitPercent, Integer median, Integer p90, Status status) {

    @JsonProperty("statusText")
    public String statusText() {
      return status.text();
    }
  }

  private final JdbcTemplate jdbc;
  private final OfficeRegistry offices;
  private final SopStepLimits limits;
  private final RepositoryService repository;
  private final SurveyResults survey;
  private final OfficeCalendars calendars;
  private final StepTotals totals;

  NationalFigures(JdbcTemplate jdbc, OfficeRegistry offices, SopStepLimits limits, RepositoryService repository,
      SurveyResults survey, OfficeCalendars calendars) {
    this.jdbc = jdbc;
    this.offices = offices;
    this.limits = limits;
    this.repository = repository;
    this.survey = survey;
    this.calendars = calendars;
    this.totals = new StepTotals(jdbc, calendars.national().zone());
  }

  /** Every readable office's row, best on-time share first. */
  public List<OfficeRow> offices(CompliancePeriod period, Predicate<String> readable) {
    Object[] range = range(period);
    Map<String, Long> received = countByOffice("select office_id, count(*) from request_statistics"
        + " where received_at >= ? and received_at < ? group by office_id", range);
    Map<String, Long> ended = countByOffice("select office_id, count(*) from request_statistics"
        + " where ended_at >= ? and ended_at < ? group by office_id", range);
    Map<String, Long> open = countByOffice("select office_id, count(*) from request_statistics where ended_at is null"
        + " group by office_id");
    Map<String, Long> breaches = countByOffice("select r.office_id, count(*) from sop_breach b join request_statistics r"
        + " on r.process_instance_id = b.process_instance_id where b.fired_at >= ? and b.fired_at < ? group by r.office_id",
        range);
    Map<String, Map<String, Tally>> done = totals.tallies(period, OfficeFilter.ALL);
    // Each model's steps once: the shared one, and each office's own where it deployed one.
    Set<String> own = ownModels();
    Map<String, List<StepLimit>> models = new HashMap<>();
    Map<String, Ikm> indexes = survey.indexByOffice(SurveyPeriod.parse(period.code()));

    List<OfficeRow> rows = new ArrayList<>();
    for (Office office : offices.all()) {
      if (!readable.test(office.id())) {
        continue;
      }
      long completed = 0;
      long within = 0;
      for (StepRow step : steps(office.id(), done.getOrDefault(office.id(), Map.of()), models, own)) {
        completed += step.completed();
        within += step.completedWithinLimit();
      }
      Ikm ikm = indexes.get(office.id());
      rows.add(new OfficeRow(office.id(), office.name(), office.id().substring(0, 2), received.getOrDefault(office.id(), 0L),
          open.getOrDefault(office.id(), 0L), ended.getOrDefault(office.id(), 0L), breaches.getOrDefault(office.id(), 0L),
          completed, within, completed == 0 ? null : (int) Math.round(100.0 * within / completed),
          ikm == null ? null : ikm.indexText(), ikm == null ? null : ikm.category().name(), null));
    }
    rows.sort(Comparator.comparing(OfficeRow::onTimePercent, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(OfficeRow::completed, Comparator.reverseOrder()).thenComparing(OfficeRow::id));
    List<OfficeRow> ranked = new ArrayList<>();
    for (OfficeRow row : rows) {
      ranked.add(row.onTimePercent() == null ? row : new OfficeRow(row.id(), row.name(), row.province(), row.received(),
          row.open(), row.ended(), row.breaches(), row.completed(), row.completedWithinLimit(), row.onTimePercent(),
          row.ikm(), row.ikmCategory(), ranked.size() + 1));
    }
    return ranked;
  }

  /** One office's steps in the period. */
  public List<StepRow> steps(String office, CompliancePeriod period) {
    return steps(office, totals.tallies(period, OfficeFilter.of(office)).getOrDefault(office, Map.of()), new HashMap<>(),
        ownModels());
  }

  private List<StepRow> steps(String office, Map<String, Tally> done, Map<String, List<StepLimit>> models,
      Set<String> own) {
    List<StepLimit> model = models.computeIfAbsent(own.contains(office) ? office : "", key ->
        limits.steps(key.isEmpty() ? null : key));
    List<StepRow> rows = new ArrayList<>();
    for (StepLimit step : model) {
      StepTimes.Kept kept = StepTimes.kept(step.limit(), done.getOrDefault(step.activityId(), new Tally()));
      rows.add(new StepRow(step.step(), step.name(), step.limitText(), step.unit(), kept.completed(), kept.within(),
          kept.withinPercent(), kept.median(), kept.p90(), kept.status()));
    }
    return rows;
  }

  /** The offices that deployed a version of their own (the rest run the shared model). */
  private Set<String> ownModels() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(LayananInformasi.PROCESS_KEY).list().stream()
        .map(definition -> definition.getTenantId()).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private Map<String, Long> countByOffice(String sql, Object... arguments) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(sql, rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    }, arguments);
    return counts;
  }

  private Object[] range(CompliancePeriod period) {
    var zone = calendars.national().zone();
    return new Object[] {Timestamp.from(period.start().atStartOfDay(zone).toInstant()),
        Timestamp.from(period.end().atStartOfDay(zone).toInstant())};
  }
}
