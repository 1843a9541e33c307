package id.go.tangerangkota.puspaga.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.Jobs;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Ketua's figures and the monthly report come from the anonymous statistics, not from the
 * engine's history: erasing every request of a month from history (as the retention of personal
 * data will) leaves them exactly as they were.
 */
@DemoApplicationTest
class StatisticsIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired MonthlyFiguresQuery monthly;
  @Autowired WorkingDayCalendar calendar;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired StepTotalsBackfill stepTotals;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  void theFiguresOfAMonthAreTheSameAfterItsRequestsAreErasedFromHistory() {
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port),
        RestClient.as("sari", port), RestClient.as("sysadmin", port));
    List<String> requests = new ArrayList<>();
    String archived = walk.start("LI-STAT-A");
    walk.walkToTheArchive(archived, () -> Jobs.runFor(management, archived));
    requests.add(archived);
    for (String reason : new String[] {"KONSELING", "PENJANGKAUAN"}) {
      String referred = walk.start("LI-STAT-" + reason);
      Map<String, Object> values = new LinkedHashMap<>(walk.valuesOf("Task_RegisterRequest"));
      values.put("serviceType", reason);
      values.put("referralReason", "Dirujuk.");
      walk.complete(RestClient.as("rina", port), referred, "Task_RegisterRequest", values);
      requests.add(referred);
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(requests)).count())
        .as("all ended").isZero();

    YearMonth month = YearMonth.from(walk.today());
    RestClient sari = RestClient.as("sari", port);
    JsonNode figures = withoutTime(sari.get("/api/compliance?period=" + month).json());
    String completed = sari.get("/api/compliance/instances?period=" + month + "&figure=completed&step=1").body();
    MonthlyFigures report = monthly.of(CompliancePeriod.month(month), calendar.zone(), id.go.tangerangkota.puspaga.office.OfficeFilter.of("3671"));
    assertThat(report.activitiesHeld()).as("the archived request's activity").isPositive();
    assertThat(report.programsApproved()).isPositive();
    assertThat(completed).contains("LI-");

    history.deleteHistoricProcessInstances(requests);
    for (String request : requests) {
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(request).count()).as("history gone").isZero();
    }
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(requests.toArray(String[]::new)).count())
        .isZero();

    assertThat(withoutTime(sari.get("/api/compliance?period=" + month).json())).isEqualTo(figures);
    assertThat(sari.get("/api/compliance/instances?period=" + month + "&figure=completed&step=1").body())
        .isEqualTo(completed);
    assertThat(monthly.of(CompliancePeriod.month(month), calendar.zone(), id.go.tangerangkota.puspaga.office.OfficeFilter.of("3671"))).isEqualTo(report);
  }

  @Test
  void theMigrationFillsTheStatisticsOfRequestsThatRanBeforeThemFromHistory() throws Exception {
    RequestWalk walk = new RequestWalk(RestClient.as("rina", port), RestClient.as("budi", port),
        RestClient.as("sari", port), RestClient.as("sysadmin", port));
    List<String> requests = new ArrayList<>();
    String archived = walk.start("LI-ISI-A");
    walk.walkToTheArchive(archived, () -> Jobs.runFor(management, archived));
    requests.add(archived);
    String open = walk.start("LI-ISI-B");
    walk.step(open, "Task_RegisterRequest");
    requests.add(open);
    YearMonth month = YearMonth.from(walk.today());
    RestClient sari = RestClient.as("sari", port);
    JsonNode figures = withoutTime(sari.get("/api/compliance?period=" + month).json());
    MonthlyFigures report = monthly.of(CompliancePeriod.month(month), calendar.zone(), id.go.tangerangkota.puspaga.office.OfficeFilter.of("3671"));

    // As if these requests had run before the statistics existed.
    for (String table : new String[] {"request_statistics", "step_statistics", "activity_statistics"}) {
      for (String request : requests) {
        jdbc.update("delete from " + table + " where process_instance_id = ?", request);
      }
    }
    // And before the days taken were counted at completion (V17): the month's totals gone, its steps without days.
    jdbc.update("delete from step_time_totals where ended_month = ?", java.sql.Date.valueOf(month.atDay(1)));
    jdbc.update("update step_statistics set days_taken = null, within_limit = null where ended_at >= ? and ended_at < ?",
        java.sql.Timestamp.from(month.atDay(1).atStartOfDay(calendar.zone()).toInstant()),
        java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant()));
    assertThat(monthly.of(CompliancePeriod.month(month), calendar.zone(), id.go.tangerangkota.puspaga.office.OfficeFilter.of("3671"))).isNotEqualTo(report);
    try (java.sql.Connection connection = dataSource.getConnection()) {
      db.migration.V11__Backfill_statistics.backfill(connection);
    }
    stepTotals.fill();

    assertThat(withoutTime(sari.get("/api/compliance?period=" + month).json())).isEqualTo(figures);
    assertThat(monthly.of(CompliancePeriod.month(month), calendar.zone(), id.go.tangerangkota.puspaga.office.OfficeFilter.of("3671"))).isEqualTo(report);
    assertThat(jdbc.queryForObject("select count(*) from activity_statistics where process_instance_id = ?", Long.class,
        archived)).isEqualTo(1);
  }

  /** The figures without the moment they were made. */
  private static JsonNode withoutTime(JsonNode figures) {
    ((ObjectNode) figures).remove("generatedAt");
    return figures;
  }

}
