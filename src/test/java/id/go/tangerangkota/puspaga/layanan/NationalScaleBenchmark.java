package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.BenchmarkTable.median;
import static id.go.tangerangkota.puspaga.layanan.BenchmarkTable.ms;
import static id.go.tangerangkota.puspaga.layanan.BenchmarkTable.ratio;
import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.request;

import com.zaxxer.hikari.HikariDataSource;
import id.go.tangerangkota.puspaga.calendar.RepositoryCalendar;
import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.compliance.StepTimes;
import id.go.tangerangkota.puspaga.identity.LaneSetup;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.system.DatabaseTimes;
import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.PostgresServer;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.TestOffices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform at national scale, on PostgreSQL: {@code bench.offices} offices (500) onboarded
 * through the API, {@code bench.openPerOffice} open requests each (200: 100,000 open tasks) and
 * {@code bench.endedRequests} ended requests (1,000,000) in history and statistics, then the
 * application measured as its users meet it: a lane's first Tasklist page for a person of one
 * office, an office's Kepatuhan SOP for a month and a year, the national view for a year,
 * onboarding one more office, and {@code bench.timers} (10,000) breach timers falling due at once
 * across the offices on two application processes. Each row has its baseline from the same run.
 * Prints a Markdown table, also written to {@code target/benchmark-national.md}; asserts nothing
 * about time.
 */
public class NationalScaleBenchmark {

  static final int OFFICES = Integer.getInteger("bench.offices", 500);
  static final int OPEN_PER_OFFICE = Integer.getInteger("bench.openPerOffice", 200);
  static final int ENDED = Integer.getInteger("bench.endedRequests", 1_000_000);
  static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
  static final int YEAR = 2025;
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** The nine steps as the model gives them, for the seeded statistics. */
  static final List<String> STEPS = List.of("Task_RegisterRequest", "Task_MapNeeds", "Task_SubmitWorkProgram",
      "Task_ReviewWorkProgram", "Task_CarryOutActivity", "Task_ReportActivity", "Task_CompileProgramReport",
      "Task_CoordinateProgramReport", "Task_ArchiveProgramReport");
  static final List<Integer> LIMITS = List.of(1, 7, 1, 5, 60, 5, 10, 2, 1);

  static final BenchmarkTable TABLE = new BenchmarkTable();
  static PostgresServer postgres;
  /** The server's own view (pg_stat_statements), across every database. */
  static JdbcTemplate superuser;

  @BeforeAll
  static void startPostgres() {
    // pg_stat_statements (in the server's binaries) names the statements behind the timers' reads of the job table.
    postgres = PostgresServer.start(Map.of("shared_preload_libraries", "pg_stat_statements",
        "pg_stat_statements.track", "all"));
    superuser = postgres.jdbc("postgres");
    superuser.execute("create extension pg_stat_statements");
  }

  @AfterAll
  static void printTable() throws Exception {
    TABLE.write(Path.of("target", "benchmark-national.md"));
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void fiveHundredOfficesOnOnePlatform() throws Exception {
    String name = "bench_national";
    postgres.createDatabase(name, name, "Bench-" + name);
    Map<String, String> database = Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl(name), "SPRING_DATASOURCE_USERNAME",
        name, "SPRING_DATASOURCE_PASSWORD", "Bench-" + name);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url(name, AS_THE_APPLICATION));
    pool.setUsername(name);
    pool.setPassword("Bench-" + name);
    pool.setMaximumPoolSize(6);
    JdbcTemplate jdbc = new JdbcTemplate(pool);
    List<String> offices = officeIds();

    // 1. The offices, onboarded through the API as the platform's administrator would, one by one.
    List<Double> firstOnboardings = new ArrayList<>();
    try (PackagedApplication app = PackagedApplication.start(Files.createTempDirectory("bench-national"), database,
        "--spring.profiles.active=demo,postgres")) {
      app.awaitHealthy();
      RestClient sysadmin = RestClient.as("sysadmin", app.port());
      long start = System.nanoTime();
      for (String office : offices) {
        if (office.equals("3671") || office.equals("3674")) {
          continue;
        }
        long one = System.nanoTime();
        onboard(sysadmin, office);
        if (firstOnboardings.size() < 10) {
          firstOnboardings.add((System.nanoTime() - one) / 1e6);
        }
      }
      System.out.printf("[benchmark] %d offices onboarded in %.0f s%n", offices.size(), (System.nanoTime() - start) / 1e9);
    }

    // 2. Each office's staff and open requests, through an engine wired like the application's.
    ProcessEngine engine = engine(pool, name, "bench-national", AS_THE_APPLICATION);
    staff(engine, offices);
    seedOpenRequests(engine, offices);
    jdbc.execute("analyze");
    Filter lane = engine.getFilterService().createFilterQuery().filterName("Tugas Admin").singleResult();
    double[] ownOffice = SopBenchmark.latencies(100, 20, () -> firstPage(engine, lane, "rina", List.of("3671")));
    double[] unchecked = SopBenchmark.latencies(100, 20, () -> firstPage(engine, lane, null, null));
    TABLE.row(String.format(Locale.ROOT, "Tasklist lane filter, first page with card variables, %,d offices x %,d open requests"
            + " (%,d open tasks), a person of one office, PostgreSQL, p50 / p95 ms", offices.size(), OPEN_PER_OFFICE,
            (long) offices.size() * OPEN_PER_OFFICE),
        ms(ownOffice[0]) + " / " + ms(ownOffice[1]), ms(unchecked[0]) + " / " + ms(unchecked[1]),
        ratio(ownOffice[1], unchecked[1]), "the same page without authorization and tenant checks");
    engine.close();
    // Before: PostgreSQL's parallel workers as it has them by default, the rest as the application sets it.
    ProcessEngine parallel = engine(pool, name, "bench-national-parallel", WITH_PARALLEL_WORKERS);
    double[] withWorkers = SopBenchmark.latencies(30, 5, () -> firstPage(parallel, lane, "rina", List.of("3671")));
    TABLE.row("(before: PostgreSQL's default of 2 parallel workers per query), the same page, p50 / p95 ms",
        ms(withWorkers[0]) + " / " + ms(withWorkers[1]), ms(unchecked[0]) + " / " + ms(unchecked[1]),
        ratio(withWorkers[1], unchecked[1]),
        "the same page without authorization and tenant checks");
    parallel.close();

    // 3. A million ended requests of the year before, in history and in the statistics.
    seedEndedRequests(jdbc, offices);

    // 4. The figures and onboarding as the monitors, a Ketua and the administrator meet them.
    try (PackagedApplication app = PackagedApplication.start(Files.createTempDirectory("bench-national"), database,
        "--spring.profiles.active=demo,postgres")) {
      app.awaitHealthy();
      RestClient ketua = RestClient.as("sari", app.port());
      RestClient national = RestClient.as("nadia", app.port());
      for (String period : List.of(YEAR + "-03", String.valueOf(YEAR))) {
        double[] ours = SopBenchmark.latencies(20, 3, () -> ok(ketua.get("/api/compliance?period=" + period)));
        double[] before = SopBenchmark.latencies(5, 1, () -> countedRowByRow(jdbc, period, "3671"));
        TABLE.row("Kepatuhan SOP of one office (" + String.format(Locale.ROOT, "%,d", ENDED / offices.size())
                + " requests a year), period " + period + ", over HTTP, p50 / p95 ms",
            ms(ours[0]) + " / " + ms(ours[1]), ms(before[0]) + " / " + ms(before[1]), ratio(ours[1], before[1]),
            "the steps' figures counted from each step's row on every call, as before V17 (in the benchmark's JVM)");
      }
      double[] ours = SopBenchmark.latencies(10, 2, () -> ok(national.get("/api/nasional?period=" + YEAR)));
      double[] before = SopBenchmark.latencies(1, 0, () -> countedRowByRow(jdbc, String.valueOf(YEAR), null));
      TABLE.row(String.format(Locale.ROOT, "National view of %d offices for a year (%,d ended requests, %,d steps), over HTTP,"
              + " p50 / p95 ms", offices.size(), ENDED, (long) ENDED * STEPS.size()),
          ms(ours[0]) + " / " + ms(ours[1]), ms(before[0]), ratio(ours[1], before[0]),
          "the steps' figures counted from each step's row, as before V17 (one call, in the benchmark's JVM)");
      RestClient sysadmin = RestClient.as("sysadmin", app.port());
      List<Double> more = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long one = System.nanoTime();
        onboard(sysadmin, String.format(Locale.ROOT, "99%02d", i + 1));
        more.add((System.nanoTime() - one) / 1e6);
      }
      TABLE.row(String.format(Locale.ROOT, "Onboarding one more office (POST /api/offices) at %d offices, median of 5, ms",
              offices.size()),
          ms(median(more)), ms(median(firstOnboardings)), ratio(median(more), median(firstOnboardings)),
          "the first 10 offices onboarded on the empty platform, median");
    }

    // 5. Breach timers due at once across every office: one process, then two, each on its own requests.
    double one = dueTimers(jdbc, database, offices, 1, 0);
    double two = dueTimers(jdbc, database, offices, 2, 1);
    TABLE.row(String.format(Locale.ROOT, "%,d breach timers due at once across %d offices, 2 nodes as two processes,"
            + " PostgreSQL: seconds from the first breach recorded (with its mail in the outbox) to the last", TIMERS,
            offices.size()),
        String.format(Locale.ROOT, "%.1f s (%s)", two, lastSplit), String.format(Locale.ROOT, "%.1f s", one),
        ratio(two, one), "the same number of timers on one process");
    // Which cost grows with the platform: the job acquisition among 100,000 waiting jobs (fewer
    // acquisitions when each takes more jobs), or the breaches themselves (unchanged by it).
    double batched = dueTimers(jdbc, database, offices, 1, 2,
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=10", "--camunda.bpm.job-execution.core-pool-size=4");
    TABLE.row(String.format(Locale.ROOT, "%,d breach timers due at once across %d offices, 1 process taking 10 jobs per"
            + " acquisition with 4 threads, PostgreSQL: seconds from the first breach to the last", TIMERS, offices.size()),
        String.format(Locale.ROOT, "%.1f s", batched), String.format(Locale.ROOT, "%.1f s", one), ratio(batched, one),
        "the starter's defaults on one process (3 jobs per acquisition, 3 threads)");
    pool.close();
  }

  // ---- offices and staff

  /** 500 area codes: Kota Tangerang and Tangerang Selatan (the demo's two), and others of provinces 11 to 19. */
  static List<String> officeIds() {
    List<String> ids = new ArrayList<>(List.of("3671", "3674"));
    for (int i = 0; ids.size() < OFFICES; i++) {
      ids.add(String.format(Locale.ROOT, "%02d%02d", 11 + i / 90, 1 + i % 90));
    }
    return ids;
  }

  private static void onboard(RestClient sysadmin, String office) {
    Map<String, Object> body = TestOffices.onboarding(office, "PUSPAGA Bench " + office, "bench-" + office, "Kota Bench " + office);
    RestClient.Response answer = sysadmin.post("/api/offices", body);
    if (answer.status() != 200 && answer.status() != 201) {
      throw new IllegalStateException(office + ": " + answer);
    }
  }

  /** An Admin and a Ketua per office with e-mail addresses (a breach mail goes to the lane, the Ketua in copy). */
  private static void staff(ProcessEngine engine, List<String> offices) {
    var identity = engine.getIdentityService();
    for (String office : offices) {
      if (office.equals("3671") || office.equals("3674")) {
        continue;
      }
      for (String[] person : new String[][] {{"admin" + office, "administrasi"}, {"ketua" + office, "ketua"}}) {
        if (identity.createUserQuery().userId(person[0]).count() > 0) {
          continue;
        }
        var user = identity.newUser(person[0]);
        user.setFirstName(person[0]);
        user.setLastName("PUSPAGA " + office);
        user.setEmail(person[0] + "@puspaga.example");
        user.setPassword("Bench-" + person[0] + "-2026");
        identity.saveUser(user);
        identity.createMembership(person[0], person[1]);
        identity.createTenantUserMembership(office, person[0]);
      }
    }
  }

  // ---- the engine and the open requests

  /** The connection settings of application-postgres.yaml. */
  static final String AS_THE_APPLICATION =
      "-c plan_cache_mode=force_custom_plan -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0";
  static final String WITH_PARALLEL_WORKERS = "-c plan_cache_mode=force_custom_plan -c random_page_cost=1.1";

  private static String url(String database, String options) {
    return postgres.jdbcUrl(database) + "?options="
        + java.net.URLEncoder.encode(options, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Our engine (plugins, listeners, delegates, grants and filters) with each request's office from its variable. */
  private static ProcessEngine engine(javax.sql.DataSource pool, String name, String engineName, String options) {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    ProcessTestEngine wired = new ProcessTestEngine(engineName, new PdfRenderer(), pool, url(name, options), name,
        "Bench-" + name, cfg);
    cfg.setAuthorizationEnabled(true);
    List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins = new ArrayList<>(cfg.getProcessEnginePlugins());
    plugins.add(new id.go.tangerangkota.puspaga.system.PostgresQueryStatistics());
    plugins.add(new id.go.tangerangkota.puspaga.system.JobAcquisitionByDueDate());
    plugins.add(new LaneSetup());
    cfg.setProcessEnginePlugins(plugins);
    cfg.setTenantIdProvider(new TenantIdProvider() {
      @Override
      public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        return (String) context.getVariables().get("officeId");
      }

      @Override
      public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
      }

      @Override
      public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return null;
      }
    });
    return wired.configuration.buildProcessEngine();
  }

  /** Each office's open requests, waiting at step 1 (Tasklist's Admin lane), on two threads. */
  private static void seedOpenRequests(ProcessEngine engine, List<String> offices) throws Exception {
    long start = System.nanoTime();
    AtomicInteger started = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<?>> work = new ArrayList<>();
    for (String office : offices) {
      work.add(threads.submit(() -> {
        for (int i = 0; i < OPEN_PER_OFFICE; i++) {
          Map<String, Object> variables = request();
          variables.put("officeId", office);
          engine.getRuntimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, variables);
          if (started.incrementAndGet() % 10_000 == 0) {
            System.out.printf("[benchmark] %,d open requests (%.0f per second)%n", started.get(),
                started.get() / ((System.nanoTime() - start) / 1e9));
          }
        }
        return null;
      }));
    }
    for (Future<?> done : work) {
      done.get();
    }
    threads.shutdown();
    System.out.printf("[benchmark] %,d open requests in %.0f s%n", started.get(), (System.nanoTime() - start) / 1e9);
  }

  private static void firstPage(ProcessEngine engine, Filter lane, String user, List<String> tenants) {
    if (user != null) {
      engine.getIdentityService().setAuthentication(user, List.of("administrasi"), tenants);
    }
    try {
      List<Task> page = engine.getFilterService().listPage(lane.getId(), 0, 15);
      if (page.isEmpty()) {
        throw new IllegalStateException("empty first page");
      }
      if (user != null && page.stream().anyMatch(task -> !tenants.contains(task.getTenantId()))) {
        throw new IllegalStateException("another office's task on the page");
      }
      engine.getRuntimeService().createVariableInstanceQuery()
          .taskIdIn(page.stream().map(Task::getId).toArray(String[]::new))
          .variableNameIn(TaskCards.CARD_REGISTRATION_NUMBER, TaskCards.CARD_REQUEST).list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---- the ended requests

  /**
   * {@code bench.endedRequests} requests of {@link #YEAR}, spread over the offices and the year: their
   * history (process and task instances), statistics (each with its nine steps, the days taken and
   * the monthly totals as the application keeps them), one breach in twenty, one survey answer in ten.
   */
  private static void seedEndedRequests(JdbcTemplate jdbc, List<String> offices) {
    long start = System.nanoTime();
    String officeArray = offices.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(array[", "])"));
    String stepArray = STEPS.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(array[", "])"));
    String limitArray = LIMITS.stream().map(String::valueOf).collect(Collectors.joining(",", "(array[", "])"));
    String definition = jdbc.queryForObject("select id_ from act_re_procdef where key_ = ? order by version_ desc limit 1",
        String.class, LayananInformasi.PROCESS_KEY);
    // Request g: office g mod n, received on day g mod 350 of the year at 08:00 WIB plus g mod 7 hours, ended 20 days later.
    String request = "select g, " + officeArray + "[1 + g % " + offices.size() + "] as office,"
        + " (timestamp with time zone '" + YEAR + "-01-01 08:00:00+07' + (g % 350) * interval '1 day'"
        + " + (g % 7) * interval '1 hour') as received from generate_series(1, " + ENDED + ") g";
    jdbc.execute("insert into request_statistics (process_instance_id, business_key, received_at, topic, channel,"
        + " requester_kind, service_type, ended_at, office_id)"
        + " select 'ended-' || g, 'LI-' || office || '-" + YEAR + "-' || g, received, 'PENGASUHAN', 'DATANG_LANGSUNG',"
        + " 'PERORANGAN', 'INFORMASI', received + interval '20 days', office from (" + request + ") r");
    // Step s took 1 + (g + s) mod 4 days (step 5: up to 13); on time when within its limit.
    jdbc.execute("insert into step_statistics (task_id, process_instance_id, activity_id, name, assignee, started_at,"
        + " ended_at, due_at, office_id, days_taken, within_limit)"
        + " select 'ended-' || g || '-' || s, 'ended-' || g, " + stepArray + "[s], " + stepArray + "[s], 'petugas',"
        + " received + (s - 1) * interval '2 days', received + (s - 1) * interval '2 days' + taken * interval '1 day',"
        + " null, office, taken, taken <= " + limitArray + "[s]"
        + " from (select g, office, received, s, case when s = 5 then 1 + (g + s) % 13 else 1 + (g + s) % 4 end as taken"
        + " from (" + request + ") r cross join generate_series(1, 9) s) t");
    jdbc.execute("insert into step_time_totals (office_id, activity_id, ended_month, days_taken, completed, on_time)"
        + " select office_id, activity_id, cast(date_trunc('month', ended_at at time zone 'Asia/Jakarta') as date),"
        + " days_taken, count(*), sum(case when within_limit then 1 else 0 end) from step_statistics"
        + " where task_id like 'ended-%' group by 1, 2, 3, 4"
        + " on conflict (office_id, ended_month, activity_id, days_taken) do update"
        + " set completed = step_time_totals.completed + excluded.completed, on_time = step_time_totals.on_time + excluded.on_time");
    System.out.printf("[benchmark] statistics of %,d ended requests in %.0f s%n", ENDED, (System.nanoTime() - start) / 1e9);
    jdbc.execute("insert into sop_breach (id, process_instance_id, business_key, sop_step, activity_id, activity_name,"
        + " deadline, fired_at) select 'ended-breach-' || g, 'ended-' || g, 'LI-' || office || '-" + YEAR + "-' || g, 2,"
        + " 'Task_MapNeeds', 'Petakan kebutuhan masyarakat', received + interval '9 days', received + interval '9 days'"
        + " from (" + request + ") r where g % 20 = 0");
    jdbc.execute("insert into survey_answer (id, service_month, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9, office_id)"
        + " select 'ended-answer-' || g, to_char(received, 'YYYY-MM'), cast(received + interval '21 days' as date),"
        + " 3 + g % 2, 3, 4, 3, 4, 3, 3 + g % 2, 4, 3, office from (" + request + ") r where g % 10 = 0");
    // History as the engine writes it for an ended request: the instance and its nine tasks.
    jdbc.execute("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,"
        + " end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, tenant_id_, state_)"
        + " select 'ended-' || g, 'ended-' || g, 'LI-' || office || '-" + YEAR + "-' || g, '" + LayananInformasi.PROCESS_KEY
        + "', '" + definition + "', received, received + interval '20 days', 1728000000, 'StartEvent_RequestReceived',"
        + " 'EndEvent_RequestArchived', 'ended-' || g, office, 'COMPLETED' from (" + request + ") r");
    jdbc.execute("insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,"
        + " proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, priority_,"
        + " tenant_id_) select 'ended-' || g || '-' || s, " + stepArray + "[s], '" + LayananInformasi.PROCESS_KEY + "', '"
        + definition + "', 'ended-' || g, 'ended-' || g, 'ended-' || g, 'ended-' || g || '-' || s, " + stepArray + "[s],"
        + " 'petugas', received + (s - 1) * interval '2 days', received + (s - 1) * interval '2 days' + interval '1 day',"
        + " 86400000, 50, office from (" + request + ") r cross join generate_series(1, 9) s");
    jdbc.execute("analyze");
    System.out.printf("[benchmark] %,d ended requests seeded (statistics and history) in %.0f s%n", ENDED,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * The baseline of the figures: as the application counted them before V17, every step's row of the
   * period read and its days counted on the calendar at each call (here with the national calendar).
   */
  private static void countedRowByRow(JdbcTemplate jdbc, String period, String office) {
    StepTimes times = new StepTimes(tenant -> CALENDAR);
    Map<String, SopLimit> limits = new HashMap<>();
    for (int i = 0; i < STEPS.size(); i++) {
      limits.put(STEPS.get(i), i == 4 ? new SopLimit(SopLimit.Kind.PROGRAM_END, 0)
          : new SopLimit(i >= 7 ? SopLimit.Kind.DAYS : SopLimit.Kind.WORKING_DAYS, LIMITS.get(i)));
    }
    LocalDate from = period.length() == 4 ? LocalDate.of(Integer.parseInt(period), 1, 1) : LocalDate.parse(period + "-01");
    LocalDate to = period.length() == 4 ? from.plusYears(1) : from.plusMonths(1);
    Map<String, Map<String, StepTimes.Tally>> tallies = new HashMap<>();
    // Streamed (PostgreSQL's driver reads in batches only inside a transaction), as a year holds millions of rows.
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(10_000);
    new org.springframework.transaction.support.TransactionTemplate(
        new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource())).executeWithoutResult(status ->
    streaming.query("select t.office_id, t.activity_id, t.started_at, t.ended_at, t.due_at from step_statistics t"
            + " where t.ended_at >= ? and t.ended_at < ?" + (office == null ? "" : " and t.office_id = '" + office + "'"),
        rs -> {
          SopLimit limit = limits.get(rs.getString(2));
          var task = new StepTimes.CompletedTask(rs.getString(2), null, null, null, DatabaseTimes.instant(rs.getObject(3)),
              DatabaseTimes.instant(rs.getObject(4)), rs.getObject(5) == null ? null : DatabaseTimes.instant(rs.getObject(5)),
              rs.getString(1));
          tallies.computeIfAbsent(rs.getString(1), o -> new HashMap<>()).computeIfAbsent(rs.getString(2), a -> new StepTimes.Tally())
              .add(times.taken(limit, task.start(), task.end(), task.office()), 1, times.withinLimit(limit, task) ? 1 : 0);
        },
        java.sql.Timestamp.from(from.atStartOfDay(JAKARTA).toInstant()), java.sql.Timestamp.from(to.atStartOfDay(JAKARTA).toInstant())));
    tallies.forEach((o, steps) -> steps.forEach((activity, tally) -> StepTimes.kept(limits.get(activity), tally)));
  }

  static final id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar CALENDAR = RepositoryCalendar.load();

  // ---- breach timers on application processes

  static String lastSplit = "";

  /**
   * {@code bench.timers} step-1 timers, the same number in each office, made due now; then
   * {@code nodes} application processes started together on the database. Seconds from the start
   * until every one of them is a recorded breach with its mail in the outbox. {@code round} picks
   * other requests for each round.
   */
  private static double dueTimers(JdbcTemplate jdbc, Map<String, String> database, List<String> offices, int nodes, int round,
      String... settings) throws Exception {
    int perOffice = Math.max(1, TIMERS / offices.size());
    long breachesBefore = jdbc.queryForObject("select count(*) from sop_breach", Long.class);
    long mailsBefore = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
    // The earlier rounds' timers have fired (a non-interrupting timer with a date fires once): these are others.
    int due = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 minute' where id_ in (select id_ from"
        + " (select j.id_, row_number() over (partition by j.tenant_id_ order by j.id_) as n from act_ru_job j"
        + " where j.handler_type_ = 'timer-transition' and j.tenant_id_ is not null and j.duedate_ > now()) ranked"
        + " where n <= ?)", perOffice);
    java.sql.Timestamp roundStart = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
    System.out.printf("[benchmark] %,d timers due now for round %d (%d node%s)%n", due, round, nodes, nodes == 1 ? "" : "s");
    List<PackagedApplication> apps = new ArrayList<>();
    long[] scansBefore = jobTableScans(jdbc);
    superuser.execute("select pg_stat_statements_reset()");
    long start = System.nanoTime();
    try {
      for (int node = 0; node < nodes; node++) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres",
            "--camunda.bpm.generic-properties.properties.hostname=node-" + round + "-" + node));
        arguments.addAll(List.of(settings));
        apps.add(PackagedApplication.start(Files.createTempDirectory("bench-node"), database, arguments.toArray(String[]::new)));
      }
      long giveUp = start + java.time.Duration.ofMinutes(30).toNanos();
      while (true) {
        long recorded = jdbc.queryForObject("select count(*) from sop_breach", Long.class) - breachesBefore;
        long mailed = jdbc.queryForObject("select count(*) from mail_outbox", Long.class) - mailsBefore;
        if (recorded >= due && mailed >= due) {
          break;
        }
        if (System.nanoTime() > giveUp) {
          throw new IllegalStateException(recorded + " breaches, " + mailed + " mails of " + due);
        }
        Thread.sleep(200);
      }
      double launched = (System.nanoTime() - start) / 1e9;
      // From the first breach recorded to the last: the processes' start-up (measured elsewhere) left out.
      double seconds = jdbc.queryForObject("select extract(epoch from max(fired_at) - min(fired_at)) from sop_breach"
          + " where fired_at >= ?", Double.class, roundStart);
      Map<String, Long> split = new LinkedHashMap<>();
      jdbc.query("select hostname_, count(*) from act_hi_job_log where hostname_ like ? and job_def_type_ = 'timer-transition'"
              + " and job_state_ = 2 group by hostname_ order by hostname_",
          rs -> {
            split.put(rs.getString(1), rs.getLong(2));
          }, "node-" + round + "-%");
      lastSplit = IntStream.range(0, nodes).mapToObj(node -> split.getOrDefault("node-" + round + "-" + node, 0L) + "")
          .collect(Collectors.joining(" + ")) + " timers by node";
      System.out.printf("[benchmark] %,d breaches on %d node(s) in %.1f s from the first to the last, %.1f s from launching"
          + " the processes; split %s%n", due, nodes, seconds, launched, split);
      Thread.sleep(1000);
      long[] scans = jobTableScans(jdbc);
      System.out.printf("[benchmark] round %d %s: act_ru_job read by %,d sequential scans (%,d rows) and %,d index scans"
          + " (%,d rows)%n", round, List.of(settings), scans[0] - scansBefore[0], scans[1] - scansBefore[1],
          scans[2] - scansBefore[2], scans[3] - scansBefore[3]);
      printStatementsOfTheRound();
      return seconds;
    } finally {
      for (PackagedApplication app : apps) {
        app.close();
      }
    }
  }

  /** PostgreSQL's counts of reads of the job table: sequential scans and their rows, index scans and their rows. */
  private static long[] jobTableScans(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select coalesce(seq_scan, 0), coalesce(seq_tup_read, 0), coalesce(idx_scan, 0),"
        + " coalesce(idx_tup_fetch, 0) from pg_stat_user_tables where relname = 'act_ru_job'",
        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
  }

  /**
   * The round's statements that read the job table, the most blocks read first; then the round's
   * statements of any table that took the most time. Each: calls, rows, time, blocks read.
   */
  private static void printStatementsOfTheRound() {
    String columns = "select calls, rows, total_exec_time, shared_blks_hit + shared_blks_read, query from pg_stat_statements";
    superuser.query(columns + " where query ~* 'act_ru_job([^d]|$)' order by shared_blks_hit + shared_blks_read desc limit 8",
        NationalScaleBenchmark::printStatement);
    System.out.println("[benchmark]   the round's statements taking the most time:");
    superuser.query(columns + " order by total_exec_time desc limit 10", NationalScaleBenchmark::printStatement);
  }

  private static void printStatement(java.sql.ResultSet rs) throws java.sql.SQLException {
    String query = rs.getString(5).replaceAll("\\s+", " ");
    System.out.printf("[benchmark]   %,8d calls %,10d rows %,10.0f ms %,12d blocks  %s%n", rs.getLong(1), rs.getLong(2),
        rs.getDouble(3), rs.getLong(4), query.length() > 300 ? query.substring(0, 300) + "..." : query);
  }

  // ---- figures

  static Object ok(RestClient.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException(response.toString());
    }
    return response;
  }




}
