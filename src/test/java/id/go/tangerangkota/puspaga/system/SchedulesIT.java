package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.compliance.MonthlyReports;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The schedules themselves, as the application registers them on its scheduler, run on the
 * application's clock, set by the test to just before the hour and left running: the digest at
 * 07:00 WIB on working days, the monthly report from the first working day of a month (and once
 * when two nodes ask at the same minute, with no gap in its number), the number counters at start
 * and at 00:05 WIB.
 */
@DemoApplicationTest
class SchedulesIT {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired SettableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired MonthlyReports reports;
  @Autowired @Qualifier("notificationRounds") RecurringRounds notifications;
  @Autowired @Qualifier("monthlyReportRounds") RecurringRounds monthlyReport;
  @Autowired @Qualifier("documentYearRounds") RecurringRounds yearCounters;

  @AfterEach
  void realTime() {
    notifications.stop();
    monthlyReport.stop();
    yearCounters.stop();
    clock.reset();
    yearCounters.start();
  }

  @Test
  void theDigestIsWrittenAtSevenOnAWorkingDayNotAMomentBeforeAndNotOnAHoliday() {
    clock.runFrom(wib("2026-12-08T06:59:57"));          // Tuesday, a working day
    double before = notifications.rounds("digest");
    notifications.start("digest");
    assertThat(digestsWritten("2026-12-08")).as("at 06:59").isEmpty();
    await(() -> notifications.rounds("digest") > before);
    List<Instant> written = digestsWritten("2026-12-08");
    assertThat(written).as("one digest per Ketua with an address").isNotEmpty()
        .allSatisfy(at -> assertThat(at).isBetween(wib("2026-12-08T07:00:00"), wib("2026-12-08T07:00:10")));
    notifications.stop();

    clock.runFrom(wib("2026-12-25T06:59:58"));          // Friday, Hari Raya Natal
    double christmas = notifications.rounds("digest");
    notifications.start("digest");
    await(() -> notifications.rounds("digest") > christmas);
    assertThat(digestsWritten("2026-12-25")).as("no digest on a holiday").isEmpty();
    jdbc.update("delete from mail_outbox where dedup_key like 'digest:2026-12-08:%'");
  }

  @Test
  void theMonthlyReportWaitsForTheFirstWorkingDayAndTwoNodesAskingAtOnceFileItOnceWithoutAGap() {
    // Months no other test reports (they report last month): 1 March 2025 is a Saturday,
    // 1 January 2025 Tahun Baru (a Wednesday): no report yet.
    for (String notYet : List.of("2025-03-01T06:59:58", "2025-01-01T06:59:58")) {
      clock.runFrom(wib(notYet));
      double before = monthlyReport.rounds("monthly-report");
      monthlyReport.start("monthly-report");
      await(() -> monthlyReport.rounds("monthly-report") > before);
      monthlyReport.stop();
    }
    assertThat(reports.byMonth("3671", YearMonth.of(2025, 2))).as("February's report on Saturday 1 March").isEmpty();
    assertThat(reports.byMonth("3671", YearMonth.of(2024, 12))).as("December's report on 1 January").isEmpty();

    // Monday 3 March, the first working day: this node and a second one (its own scheduler, the
    // same database) both ask at 07:00.
    ThreadPoolTaskScheduler otherScheduler = new ThreadPoolTaskScheduler();
    otherScheduler.setClock(clock);
    otherScheduler.initialize();
    RecurringRounds otherNode = new RecurringRounds(otherScheduler, new SimpleMeterRegistry(), false)
        .cron("monthly-report", "0 0 7 * * *", WIB, () -> reports.produceDue());
    try {
      clock.runFrom(wib("2025-03-03T06:59:58"));
      double before = monthlyReport.rounds("monthly-report");
      monthlyReport.start("monthly-report");
      otherNode.start();
      await(() -> monthlyReport.rounds("monthly-report") > before && otherNode.rounds("monthly-report") > 0);
    } finally {
      otherNode.stop();
      otherScheduler.shutdown();
    }
    List<MonthlyReports.Filed> february = reports.byMonth("3671", YearMonth.of(2025, 2));
    assertThat(february).as("filed once").hasSize(1);
    assertThat(february.get(0).version()).isEqualTo(1);
    assertThat(february.get(0).generatedAt().toInstant()).isBetween(wib("2025-03-03T07:00:00"), wib("2025-03-03T07:00:30"));
    List<String> filed = jdbc.queryForList("select document_number from monthly_report", String.class);
    GaplessNumbers.assertGapless(filed);
    // Each office files its own report, numbered by its own counter.
    assertThat(jdbc.queryForObject("select last_value from document_sequence where document_type = 'LAPORAN_BULANAN'"
        + " and sequence_year = 2025 and office_id = '3671'", Long.class))
        .as("numbers drawn in 2025: each one filed, none lost to the race")
        .isEqualTo(filed.stream().filter(number -> number.endsWith("/2025") && number.contains("PUSPAGA-3671/")).count());
    jdbc.update("delete from monthly_report where report_month = '2025-02'");
  }

  @Test
  void theNumberCountersOfThisYearAndTheNextAreMadeAtStartAndAtFivePastMidnight() {
    yearCounters.stop();
    clock.runFrom(wib("2030-06-01T12:00:00"));
    assertThat(countersOf(2030)).isZero();
    yearCounters.start();
    assertThat(countersOf(2030)).as("this year's, at start").isEqualTo(countersOf(2031)).isPositive();
    int perYear = countersOf(2030);
    yearCounters.stop();

    clock.runFrom(wib("2032-01-01T00:04:55"));
    yearCounters.start();
    assertThat(countersOf(2033)).as("made at start, as 2032 begins").isEqualTo(perYear);
    jdbc.update("delete from document_sequence where sequence_year = 2033");
    Instant[] back = new Instant[1];
    await(() -> {
      if (countersOf(2033) == perYear) {
        back[0] = clock.instant();
        return true;
      }
      return false;
    });
    assertThat(back[0]).as("made again by the round at 00:05 WIB, not before")
        .isBetween(wib("2032-01-01T00:05:00"), wib("2032-01-01T00:05:15"));
    jdbc.update("delete from document_sequence where sequence_year between 2030 and 2033 and last_value = 0");
  }

  private List<Instant> digestsWritten(String day) {
    return jdbc.query("select created_at from mail_outbox where dedup_key like ?",
        (rs, row) -> DatabaseTimes.instant(rs.getObject(1)), "digest:" + day + ":%");
  }

  private int countersOf(int year) {
    return jdbc.queryForObject("select count(*) from document_sequence where sequence_year = ?", Integer.class, year);
  }

  private static Instant wib(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
  }

  /** Waits for a condition, at most {@link #PATIENCE}; fails when it never holds. */
  private static void await(java.util.concurrent.Callable<Boolean> condition) {
    Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(condition);
  }
}
