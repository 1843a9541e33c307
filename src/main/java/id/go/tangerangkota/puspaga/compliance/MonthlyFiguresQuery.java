package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.compliance.MonthlyFigures.Count;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one month's figures for the monthly client report from history and our tables. */
@Component
public class MonthlyFiguresQuery {

  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final ComplianceService compliance;

  public MonthlyFiguresQuery(HistoryService history, JdbcTemplate jdbc, ComplianceService compliance) {
    this.history = history;
    this.jdbc = jdbc;
    this.compliance = compliance;
  }

  public MonthlyFigures of(CompliancePeriod month, ZoneId zone) {
    Date from = Date.from(month.start().atStartOfDay(zone).toInstant());
    Date to = Date.from(month.end().atStartOfDay(zone).toInstant());

    List<HistoricProcessInstance> received = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LayananInformasi.PROCESS_KEY).startedAfter(from).startedBefore(to).list().stream()
        .filter(p -> !p.getStartTime().before(from) && p.getStartTime().before(to))
        .toList();
    Map<String, Map<String, Object>> startVariables = variablesOf(received, "topic", "requestChannel", "requesterInstitution");
    List<Count> byTopic = count(received, p -> LayananInformasi.topicLabel(text(startVariables, p, "topic")));
    List<Count> byChannel = count(received, p -> LayananInformasi.channelLabel(text(startVariables, p, "requestChannel")));
    List<Count> byRequester = count(received, p -> text(startVariables, p, "requesterInstitution").isBlank()
        ? "Perorangan" : "Lembaga atau kelompok");

    List<Count> referrals = new ArrayList<>();
    jdbc.query("select service_type, count(*) as n from sop_referral where referred_at >= ? and referred_at < ?"
            + " group by service_type order by service_type", rs -> {
          referrals.add(new Count(referralLabel(rs.getString("service_type")), rs.getLong("n")));
        }, new Timestamp(from.getTime()), new Timestamp(to.getTime()));

    long approved = history.createHistoricVariableInstanceQuery().variableName(LayananInformasi.WORK_PROGRAM_APPROVED_AT)
        .list().stream()
        .filter(v -> v.getValue() instanceof Date at && !at.before(from) && at.before(to))
        .map(HistoricVariableInstance::getProcessInstanceId).distinct().count();

    long held = 0;
    long participants = 0;
    for (HistoricVariableInstance reports : history.createHistoricVariableInstanceQuery()
        .variableName(LayananInformasi.ACTIVITY_REPORTS).list()) {
      if (!(reports.getValue() instanceof SpinJsonNode list) || !list.isArray()) {
        continue;
      }
      for (SpinJsonNode report : list.elements()) {
        String heldOn = report.hasProp("heldOn") && report.prop("heldOn").isString() ? report.prop("heldOn").stringValue() : "";
        if (IndonesianDates.day(heldOn, zone).filter(day -> inMonth(day, month)).isPresent()) {
          held++;
          participants += number(report);
        }
      }
    }

    ComplianceReport steps = compliance.report(month);
    long breaches = steps.steps().stream().mapToLong(ComplianceReport.StepFigures::breaches).sum();
    return new MonthlyFigures(month, received.size(), byTopic, byChannel, byRequester,
        referrals.stream().mapToLong(Count::count).sum(), referrals, approved, held, participants, steps.steps(), breaches);
  }

  private static boolean inMonth(LocalDate day, CompliancePeriod month) {
    return !day.isBefore(month.start()) && day.isBefore(month.end());
  }

  private static long number(SpinJsonNode report) {
    if (!report.hasProp("participants")) {
      return 0;
    }
    SpinJsonNode value = report.prop("participants");
    try {
      return value.isNumber() ? value.numberValue().longValue() : (long) Double.parseDouble(value.stringValue());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String referralLabel(String serviceType) {
    return switch (serviceType) {
      case LayananInformasi.SERVICE_KONSELING -> "Layanan konsultasi/konseling";
      case LayananInformasi.SERVICE_PENJANGKAUAN -> "Layanan penjangkauan";
      default -> serviceType;
    };
  }

  private Map<String, Map<String, Object>> variablesOf(List<HistoricProcessInstance> instances, String... names) {
    Map<String, Map<String, Object>> byInstance = new LinkedHashMap<>();
    if (instances.isEmpty()) {
      return byInstance;
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(names).list()) {
      // Process-level values only (a task-local copy has an activity instance of its own).
      if (variable.getActivityInstanceId() == null || variable.getActivityInstanceId().equals(variable.getProcessInstanceId())) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new LinkedHashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  private static String text(Map<String, Map<String, Object>> variables, HistoricProcessInstance instance, String name) {
    Object value = variables.getOrDefault(instance.getId(), Map.of()).get(name);
    return value == null ? "" : value.toString();
  }

  private static List<Count> count(List<HistoricProcessInstance> instances, Function<HistoricProcessInstance, String> label) {
    Map<String, Long> counts = instances.stream().collect(Collectors.groupingBy(label, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Count(e.getKey().isBlank() ? "(tidak diisi)" : e.getKey(), e.getValue()))
        .toList();
  }
}
