package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.BenchmarkTable.median;
import static id.go.tangerangkota.puspaga.layanan.BenchmarkTable.ms;
import static id.go.tangerangkota.puspaga.layanan.BenchmarkTable.ratio;
import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.request;

import com.zaxxer.hikari.HikariDataSource;
import id.go.tangerangkota.puspaga.identity.LaneSetup;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Measures this application's engine (our model with every listener, delegate, document and the
 * archive) next to the bare engine running the same model with all of ours replaced by no-ops,
 * in the same run, and prints a Markdown table (also written to {@code target/benchmark.md}).
 * Asserts nothing about time. Run with {@code ./mvnw -Pbench verify}; sizes are system properties:
 * {@code bench.cycles} (20), {@code bench.bareCycles} (100), {@code bench.timers} (10000),
 * {@code bench.openTasks} (1000,10000; add 100000 for the full scale), {@code bench.restRequests} (30).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class SopBenchmark {

  static final int CYCLES = Integer.getInteger("bench.cycles", 20);
  static final int BARE_CYCLES = Integer.getInteger("bench.bareCycles", 100);
  static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
  static final int BEFORE_UP_TO = Integer.getInteger("bench.beforeUpTo", 10_000);
  static final int[] OPEN_TASKS = java.util.Arrays.stream(System.getProperty("bench.openTasks", "1000,10000").split(","))
      .map(String::strip).mapToInt(Integer::parseInt).toArray();
  /**
   * The job executor as the application runs it (the Spring Boot starter's defaults: 3 jobs per
   * acquisition, 3 threads); {@code -Dbench.jobsPerAcquisition=10 -Dbench.jobThreads=4} measures
   * another setting.
   */
  static final int JOBS_PER_ACQUISITION = Integer.getInteger("bench.jobsPerAcquisition", 3);
  static final int JOB_THREADS = Integer.getInteger("bench.jobThreads", 3);

  static final BenchmarkTable TABLE = new BenchmarkTable();
  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.start();
  }

  @AfterAll
  static void printTable() throws Exception {
    TABLE.write(Path.of("target", "benchmark.md"));
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void fullCyclesPerSecondOnH2() {
    cycles("H2", h2("bench-real"), h2("bench-bare"));
  }

  @Test
  @Order(2)
  void fullCyclesPerSecondOnPostgres() {
    cycles("PostgreSQL", pg("bench_real"), pg("bench_bare"));
  }

  @Test
  @Order(3)
  void tasklistFirstPageOfALaneFilterAtManyOpenTasks() {
    Db db = pg("bench_tasklist");
    ProcessEngine engine = realEngine("bench-tasklist", db, true);
    deploy(engine);
    Filter lane = engine.getFilterService().createFilterQuery().filterName("Tugas Admin").singleResult();
    int seeded = 0;
    for (int size : OPEN_TASKS) {
      long seedStart = System.nanoTime();
      int toStart = size - seeded;
      for (int i = 0; i < toStart; i++) {
        engine.getRuntimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
      }
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      seeded = size;
      System.out.printf("[benchmark] %d open tasks seeded (%d starts, %.0f per second)%n", size, toStart, toStart / seedSeconds);
      // As autovacuum would by now: statistics up to date.
      db.jdbc().execute("analyze");
      // Tasklist's request: the lane's saved filter as rina, first page of 15 sorted by due date, and the
      // cards' variables of those tasks; the baseline: the same page without the engine's authorization checks.
      double[] asRina = latencies(100, () -> firstPage(engine, lane, true));
      double[] unchecked = latencies(100, () -> firstPage(engine, lane, false));
      TABLE.row("Tasklist lane filter, first page with card variables, " + String.format(Locale.ROOT, "%,d", size)
              + " open tasks, PostgreSQL, p50 / p95 ms",
          ms(asRina[0]) + " / " + ms(asRina[1]), ms(unchecked[0]) + " / " + ms(unchecked[1]),
          ratio(asRina[1], unchecked[1]), "the same query without authorization checks");
      if (size > BEFORE_UP_TO) {
        // The generic plan grows linearly (7 s a page at 10,000): at 100,000 one sample would take minutes.
        System.out.printf("[benchmark] 'before' not measured above %,d open tasks (-Dbench.beforeUpTo)%n", BEFORE_UP_TO);
        continue;
      }
      // The last change alone: PostgreSQL's default page cost, everything else as the application has it.
      ProcessEngine pageCost = realEngine("bench-tasklist-page-cost-" + size, connect("bench_tasklist", PLAN_CACHE_MODE, "4"), true);
      double[] defaultPageCost = latencies(30, () -> firstPage(pageCost, lane, true));
      pageCost.close();
      TABLE.row("(before: random_page_cost at PostgreSQL's default 4), " + String.format(Locale.ROOT, "%,d", size)
              + " open tasks, p50 / p95 ms",
          ms(defaultPageCost[0]) + " / " + ms(defaultPageCost[1]), ms(unchecked[0]) + " / " + ms(unchecked[1]),
          ratio(defaultPageCost[1], unchecked[1]), "the same query without authorization checks");
      // Before all three: PostgreSQL's default plan cache and page cost, no statistics on the permission
      // bits. By default it settles on its generic plan after about 18 executions; forced from the first,
      // no warm-up is needed.
      ProcessEngine plain = realEngine("bench-tasklist-before-" + size, connect("bench_tasklist", "force_generic_plan", "4"), true);
      db.jdbc().execute("drop statistics puspaga_auth_perms");
      db.jdbc().execute("analyze act_ru_authorization");
      double[] before = latencies(size >= 5_000 ? 5 : 30, 2, () -> firstPage(plain, lane, true));
      db.jdbc().execute(id.go.tangerangkota.puspaga.system.PostgresQueryStatistics.CREATE);
      db.jdbc().execute("analyze act_ru_authorization");
      plain.close();
      TABLE.row("(before: PostgreSQL's default plan cache in its steady state and page cost, no statistics on permission bits), " + String.format(Locale.ROOT, "%,d", size)
              + " open tasks, p50 / p95 ms",
          ms(before[0]) + " / " + ms(before[1]), ms(unchecked[0]) + " / " + ms(unchecked[1]),
          ratio(before[1], unchecked[1]), "the same query without authorization checks");
    }
    engine.close();
  }

  @Test
  @Order(4)
  void breachTimersFallingDueAtOnce() throws Exception {
    double[] real = new double[9];
    double[] bare = new double[9];
    for (int nodes : java.util.Arrays.stream(System.getProperty("bench.nodes", "1,2").split(",")).map(String::strip)
        .mapToInt(Integer::parseInt).toArray()) {
      real[nodes] = dueTimers("real", nodes, true);
      bare[nodes] = dueTimers("bare", nodes, false);
      TABLE.row(String.format(Locale.ROOT, "%,d breach timers due at once, %d node%s, PostgreSQL: seconds until every breach"
              + " is recorded and mailed to the outbox", TIMERS, nodes, nodes == 1 ? "" : "s (two engines, one JVM)"),
          String.format(Locale.ROOT, "%.1f s", real[nodes]), String.format(Locale.ROOT, "%.1f s", bare[nodes]),
          ratio(real[nodes], bare[nodes]), "the same timers with a no-op breach listener");
    }
  }

  @Test
  @Order(5)
  void startUpAndMemoryNextToTheStockStarter() throws Exception {
    Path stockJar = StockStarter.build();
    String[] ourArguments = {"--spring.profiles.active=demo,postgres"};
    // Class-data sharing as the Dockerfile ships it, trained for each application on its own database.
    ClassDataSharing.Prepared ourCds = ClassDataSharing.prepare(PackagedApplication.jar(),
        Files.createTempDirectory("bench-cds-app"), database("bench_app"), ourArguments);
    ClassDataSharing.Prepared stockCds = ClassDataSharing.prepare(stockJar, Files.createTempDirectory("bench-cds-stock"),
        database("bench_stock"));
    List<StockStarter.Figures> ours = new ArrayList<>();
    List<StockStarter.Figures> stock = new ArrayList<>();
    List<Double> oursShared = new ArrayList<>();
    List<Double> stockShared = new ArrayList<>();
    // Round 0 creates each schema and warms the file cache; the restarts after it are measured, alternating.
    for (int round = 0; round <= STARTS; round++) {
      StockStarter.Figures stockStart = StockStarter.startOnce(work -> PackagedApplication.startJar(stockJar, work, database("bench_stock")));
      StockStarter.Figures ourStart = StockStarter.startOnce(work -> PackagedApplication.start(work, database("bench_app"),
          ourArguments));
      StockStarter.Figures stockCdsStart = StockStarter.startOnce(work -> PackagedApplication.startJar(stockCds.jvmOptions(),
          stockCds.jar(), work, database("bench_stock")));
      StockStarter.Figures ourCdsStart = StockStarter.startOnce(work -> PackagedApplication.startJar(ourCds.jvmOptions(),
          ourCds.jar(), work, database("bench_app"), ourArguments));
      System.out.printf("[benchmark] start %d: ours %s, stock %s; with class-data sharing: ours %s, stock %s%n", round,
          ourStart, stockStart, ourCdsStart, stockCdsStart);
      if (round > 0) {
        ours.add(ourStart);
        stock.add(stockStart);
        oursShared.add(ourCdsStart.readySeconds());
        stockShared.add(stockCdsStart.readySeconds());
      }
    }
    double ourReady = median(ours.stream().map(StockStarter.Figures::readySeconds).toList());
    double stockReady = median(stock.stream().map(StockStarter.Figures::readySeconds).toList());
    TABLE.row("Start to ready (Tasklist's login page answers), PostgreSQL, median of " + STARTS + " restarts, s",
        String.format(Locale.ROOT, "%.1f", ourReady), String.format(Locale.ROOT, "%.1f", stockReady), ratio(ourReady, stockReady),
        "the stock Camunda starter app, built in the same run");
    double ourSharedReady = median(oursShared);
    double stockSharedReady = median(stockShared);
    TABLE.row("Start to ready, both with class-data sharing (same JVM flags), median of " + STARTS + " restarts, s",
        String.format(Locale.ROOT, "%.1f", ourSharedReady), String.format(Locale.ROOT, "%.1f", stockSharedReady),
        ratio(ourSharedReady, stockSharedReady), "the stock starter extracted and trained the same way");
    TABLE.row("Start to ready as shipped (ours with class-data sharing, the stock starter as generated), s",
        String.format(Locale.ROOT, "%.1f", ourSharedReady), String.format(Locale.ROOT, "%.1f", stockReady),
        ratio(ourSharedReady, stockReady), "the stock Camunda starter app, plain java -jar");
    double ourRss = median(ours.stream().map(f -> (double) f.residentMegabytes()).toList());
    double stockRss = median(stock.stream().map(f -> (double) f.residentMegabytes()).toList());
    double ourHeap = median(ours.stream().map(StockStarter.Figures::liveHeapMegabytes).toList());
    double stockHeap = median(stock.stream().map(StockStarter.Figures::liveHeapMegabytes).toList());
    TABLE.row("After start: RSS MB; live heap MB (after a full GC), medians",
        String.format(Locale.ROOT, "%.0f; %.0f", ourRss, ourHeap), String.format(Locale.ROOT, "%.0f; %.0f", stockRss, stockHeap),
        ratio(ourRss, stockRss) + "; " + ratio(ourHeap, stockHeap), "the stock Camunda starter app");
  }

  @Test
  @Order(6)
  void restCompletionLatencyPerStepAndMemoryAfterTheLoad() throws Exception {
    Path work = Files.createTempDirectory("bench-app");
    StockStarter.Figures oursAfterLoad;
    try (PackagedApplication app = PackagedApplication.start(work, database("bench_app"), "--spring.profiles.active=demo,postgres")) {
      app.awaitHealthy();
      int port = app.port();
      Map<String, id.go.tangerangkota.puspaga.system.RestClient> staff = Map.of(
          "rina", id.go.tangerangkota.puspaga.system.RestClient.as("rina", port),
          "budi", id.go.tangerangkota.puspaga.system.RestClient.as("budi", port),
          "sari", id.go.tangerangkota.puspaga.system.RestClient.as("sari", port));
      id.go.tangerangkota.puspaga.system.RequestWalk walk = new id.go.tangerangkota.puspaga.system.RequestWalk(
          staff.get("rina"), staff.get("budi"), staff.get("sari"), id.go.tangerangkota.puspaga.system.RestClient.as("sysadmin", port));
      Map<String, List<Double>> latencies = new java.util.LinkedHashMap<>();
      List<Double> reads = new ArrayList<>();
      for (int request = 0; request < REST_REQUESTS; request++) {
        String instance = walk.start("BENCH-" + request);
        for (RestStep step : REST_STEPS) {
          id.go.tangerangkota.puspaga.system.RestClient client = staff.get(step.user());
          String task = walk.awaitTask(client, instance, step.taskKey());
          long read = System.nanoTime();
          client.get("/engine-rest/task/" + task);
          reads.add((System.nanoTime() - read) / 1e6);
          if (!client.get("/engine-rest/task/" + task).json().hasNonNull("assignee")) {
            client.post("/engine-rest/task/" + task + "/claim", Map.of("userId", step.user()));
          }
          long start = System.nanoTime();
          id.go.tangerangkota.puspaga.system.RestClient.Response done = client.post("/engine-rest/task/" + task + "/submit-form",
              Map.of("variables", step.variables()));
          if (done.status() != 204) {
            throw new IllegalStateException(step.taskKey() + ": " + done);
          }
          latencies.computeIfAbsent(step.taskKey() + (step.document() ? " (a document follows)" : ""), k -> new ArrayList<>())
              .add((System.nanoTime() - start) / 1e6);
        }
      }
      double[] read = percentiles(reads);
      latencies.forEach((step, values) -> {
        double[] p = percentiles(values);
        TABLE.row("REST submit-form of " + step + ", PostgreSQL, p50 / p95 / p99 ms (" + values.size() + " requests)",
            ms(p[0]) + " / " + ms(p[1]) + " / " + ms(p[2]), ms(read[0]) + " / " + ms(read[1]) + " / " + ms(read[2]),
            ratio(p[1], read[1]), "GET of the same task, same users, same run");
      });
      oursAfterLoad = StockStarter.figures(app, 0);
    }
    StockStarter.Figures stockAfterLoad;
    try (PackagedApplication stock = PackagedApplication.startJar(StockStarter.build(), Files.createTempDirectory("bench-stock"),
        database("bench_stock"))) {
      stock.awaitPage(StockStarter.READY_PAGE);
      StockStarter.walkNineTasks(stock.port(), REST_REQUESTS);
      stockAfterLoad = StockStarter.figures(stock, 0);
    }
    TABLE.row("After " + REST_REQUESTS + " requests through nine steps over REST: RSS MB; live heap MB (after a full GC)",
        String.format(Locale.ROOT, "%d; %.0f", oursAfterLoad.residentMegabytes(), oursAfterLoad.liveHeapMegabytes()),
        String.format(Locale.ROOT, "%d; %.0f", stockAfterLoad.residentMegabytes(), stockAfterLoad.liveHeapMegabytes()),
        ratio(oursAfterLoad.residentMegabytes(), stockAfterLoad.residentMegabytes()) + "; "
            + ratio(oursAfterLoad.liveHeapMegabytes(), stockAfterLoad.liveHeapMegabytes()),
        "the stock starter walking a model of nine plain user tasks as often");
  }

  static final int STARTS = Integer.getInteger("bench.starts", 3);

  private static final java.util.Set<String> APP_DATABASES = new java.util.HashSet<>();

  /** The data source of a packaged app's own database, created on first use. */
  private static Map<String, String> database(String name) {
    if (APP_DATABASES.add(name)) {
      postgres.createDatabase(name, name, "Bench-" + name);
    }
    return Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl(name), "SPRING_DATASOURCE_USERNAME", name,
        "SPRING_DATASOURCE_PASSWORD", "Bench-" + name);
  }


  static final int REST_REQUESTS = Integer.getInteger("bench.restRequests", 30);

  /** A step as its staff complete it (RequestWalk's values), and whether a document job follows it. */
  record RestStep(String taskKey, String user, boolean document) {
    Map<String, Object> variables() {
      return id.go.tangerangkota.puspaga.system.RequestWalk.variables(id.go.tangerangkota.puspaga.system.RequestWalk.valuesOf(taskKey,
          java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))));
    }
  }

  static final List<RestStep> REST_STEPS = List.of(
      new RestStep("Task_RegisterRequest", "rina", true),
      new RestStep("Task_MapNeeds", "budi", false),
      new RestStep("Task_SubmitWorkProgram", "budi", true),
      new RestStep("Task_ReviewWorkProgram", "sari", true),
      new RestStep("Task_CarryOutActivity", "budi", false),
      new RestStep("Task_ReportActivity", "budi", true),
      new RestStep("Task_CompileProgramReport", "budi", false),
      new RestStep("Task_CoordinateProgramReport", "sari", true),
      new RestStep("Task_ArchiveProgramReport", "rina", true));

  private static double[] percentiles(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {sorted[(int) Math.ceil(sorted.length * 0.50) - 1], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[(int) Math.ceil(sorted.length * 0.99) - 1]};
  }

  // ---- full cycles

  private void cycles(String database, Db realDb, Db bareDb) {
    ProcessEngine real = realEngine("bench-real-" + database, realDb, false);
    ProcessEngine bare = bareEngine("bench-bare-" + database, bareDb);
    deploy(real);
    deploy(bare);
    for (int i = 0; i < 3; i++) {
      cycle(real, i);
      cycle(bare, i);
    }
    double realRate = rate(CYCLES, i -> cycle(real, i));
    double bareRate = rate(BARE_CYCLES, i -> cycle(bare, i));
    TABLE.row("Full SOP cycles per second (start to archive, 2 activities, 8 documents), " + database + ", one thread",
        String.format(Locale.ROOT, "%.2f", realRate), String.format(Locale.ROOT, "%.2f", bareRate),
        ratio(realRate, bareRate) + " (" + Math.round(100 * realRate / bareRate) + " %)",
        "bare engine, same model, our listeners and delegates no-ops");
    real.close();
    bare.close();
  }

  private static double rate(int cycles, IntConsumer cycle) {
    long start = System.nanoTime();
    for (int i = 0; i < cycles; i++) {
      cycle.accept(1000 + i);
    }
    return cycles / ((System.nanoTime() - start) / 1e9);
  }

  /** One request from the start form to the archive, as the nine steps' staff would complete it. */
  private static void cycle(ProcessEngine engine, int number) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Map<String, Object> start = request();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, start);
    complete(engine, pi, "Task_RegisterRequest", "rina", Map.of("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan."));
    complete(engine, pi, "Task_MapNeeds", "budi", Map.of("needsMap", "Penyuluhan pengasuhan untuk orang tua.",
        "coordinator", "budi"));
    complete(engine, pi, "Task_SubmitWorkProgram", "budi", Map.of("programTitle", "Pengasuhan positif",
        "programObjective", "Orang tua memahami pengasuhan positif.", "programEndDate", today.plusMonths(1).toString(),
        "activities", SpinValues.jsonValue("[{\"title\":\"Kelas A\",\"date\":\"" + today + "\"},"
            + "{\"title\":\"Kelas B\",\"date\":\"" + today + "\"}]").create()));
    complete(engine, pi, "Task_ReviewWorkProgram", "sari", Map.of("workProgramApproved", true));
    for (int activity = 0; activity < 2; activity++) {
      complete(engine, pi, "Task_CarryOutActivity", "dewi", Map.of("activityHeldOn", today.toString(),
          "activityParticipants", 20L, "activityExecutor", "Dewi Konselor"));
    }
    for (int activity = 0; activity < 2; activity++) {
      complete(engine, pi, "Task_ReportActivity", "dewi", Map.of("activitySummary", "Terlaksana.", "activityOutcome", "Paham."));
    }
    complete(engine, pi, "Task_CompileProgramReport", "budi", Map.of("programReportSummary", "Dua kegiatan.",
        "programEvaluation", "Sesuai."));
    complete(engine, pi, "Task_CoordinateProgramReport", "sari", Map.of("coordinationNotes", "Diterima."));
    complete(engine, pi, "Task_ArchiveProgramReport", "rina", Map.of("filesReceived", true));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() != 0) {
      throw new IllegalStateException("cycle " + number + " did not end");
    }
  }

  /** Runs the asynchronous steps waiting in the instance (documents, archive), then completes the task. */
  private static void complete(ProcessEngine engine, ProcessInstance pi, String taskKey, String user, Map<String, Object> values) {
    runJobs(engine, pi);
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).listPage(0, 1).get(0);
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), user);
    }
    tasks.complete(task.getId(), new HashMap<>(values));
    runJobs(engine, pi);
  }

  private static void runJobs(ProcessEngine engine, ProcessInstance pi) {
    for (List<Job> jobs = messages(engine, pi); !jobs.isEmpty(); jobs = messages(engine, pi)) {
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private static List<Job> messages(ProcessEngine engine, ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
  }

  // ---- Tasklist's query

  private static void firstPage(ProcessEngine engine, Filter lane, boolean asRina) {
    if (asRina) {
      engine.getIdentityService().setAuthentication("rina", List.of("administrasi"));
    }
    try {
      List<Task> page = engine.getFilterService().listPage(lane.getId(), 0, 15);
      if (page.isEmpty()) {
        throw new IllegalStateException("empty first page");
      }
      engine.getRuntimeService().createVariableInstanceQuery()
          .taskIdIn(page.stream().map(Task::getId).toArray(String[]::new))
          .variableNameIn(TaskCards.CARD_REGISTRATION_NUMBER, TaskCards.CARD_REQUEST).list();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---- timers

  private double dueTimers(String kind, int nodes, boolean real) throws Exception {
    String name = "bench_timers_" + kind + "_" + nodes;
    Db db = pg(name);
    List<ProcessEngine> engines = new ArrayList<>();
    for (int node = 0; node < nodes; node++) {
      engines.add(real ? realEngine(name + "-node" + node, db, false) : bareEngine(name + "-node" + node, db));
    }
    ProcessEngine first = engines.get(0);
    deploy(first);
    if (real) {
      staff(first);
    }
    long seedStart = System.nanoTime();
    for (int i = 0; i < TIMERS; i++) {
      first.getRuntimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    }
    System.out.printf("[benchmark] %,d requests waiting at step 1 (%s, %.0f starts per second)%n", TIMERS, kind,
        TIMERS / ((System.nanoTime() - seedStart) / 1e9));
    // Three days later every step-1 deadline (1 hari kerja) has passed.
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(4))));
    try {
      long start = System.nanoTime();
      long giveUp = start + Duration.ofMinutes(20).toNanos();
      for (ProcessEngine engine : engines) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
      }
      while (true) {
        long timersLeft = first.getManagementService().createJobQuery().timers().count();
        long recorded = real ? db.jdbc().queryForObject("select count(*) from sop_breach", Long.class) : TIMERS;
        long mailed = real ? db.jdbc().queryForObject("select count(*) from mail_outbox", Long.class) : TIMERS;
        if (timersLeft == 0 && recorded >= TIMERS && mailed >= TIMERS) {
          break;
        }
        if (System.nanoTime() > giveUp) {
          throw new IllegalStateException(timersLeft + " timers left, " + recorded + " breaches, " + mailed + " mails");
        }
        Thread.sleep(100);
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      for (ProcessEngine engine : engines) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        engine.close();
      }
      ClockUtil.reset();
    }
  }

  /** Admin and the Ketua with e-mail addresses: a breach mail goes to the lane, the Ketua in copy. */
  private static void staff(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    for (String[] person : new String[][] {{"rina", "administrasi"}, {"sari", "ketua"}}) {
      if (identity.createGroupQuery().groupId(person[1]).count() == 0) {
        identity.saveGroup(identity.newGroup(person[1]));
      }
      var user = identity.newUser(person[0]);
      user.setFirstName(person[0]);
      user.setLastName("PUSPAGA");
      user.setEmail(person[0] + "@puspaga.example");
      user.setPassword("Bench-" + person[0] + "-2026");
      identity.saveUser(user);
      identity.createMembership(person[0], person[1]);
    }
  }

  // ---- engines

  record Db(DataSource dataSource, String url, String user, String password) {
    org.springframework.jdbc.core.JdbcTemplate jdbc() {
      return new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }
  }

  private static Db h2(String name) {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    return new Db(pool(url, "sa", ""), url, "sa", "");
  }

  /** A database of its own; connections as the application opens them (application-postgres.yaml). */
  static Db pg(String database) {
    postgres.createDatabase(database, database, "Bench-" + database);
    return connect(database, PLAN_CACHE_MODE, RANDOM_PAGE_COST);
  }

  static Db connect(String database, String planCacheMode, String randomPageCost) {
    String url = postgres.jdbcUrl(database) + "?options=" + java.net.URLEncoder.encode("-c plan_cache_mode=" + planCacheMode
        + " -c random_page_cost=" + randomPageCost, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    return new Db(pool(url, database, "Bench-" + database), url, database, "Bench-" + database);
  }

  /** As application-postgres.yaml sets it; {@code -Dbench.planCacheMode=auto} measures PostgreSQL's default. */
  static final String PLAN_CACHE_MODE = System.getProperty("bench.planCacheMode", "force_custom_plan");
  static final String RANDOM_PAGE_COST = System.getProperty("bench.randomPageCost", "1.1");

  private static DataSource pool(String url, String user, String password) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(10);
    return pool;
  }

  /** This application's engine: our plugins, listeners, delegates, documents and archive; its job executor settings. */
  private static ProcessEngine realEngine(String name, Db db, boolean authorizations) {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    ProcessTestEngine wired = new ProcessTestEngine(name, new PdfRenderer(), db.dataSource(), db.url(), db.user(), db.password(), cfg);
    cfg.setJobExecutor(jobExecutor());
    List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins = new ArrayList<>(cfg.getProcessEnginePlugins());
    plugins.add(new id.go.tangerangkota.puspaga.system.PostgresQueryStatistics());
    plugins.add(new id.go.tangerangkota.puspaga.system.JobAcquisitionByDueDate());
    if (authorizations) {
      cfg.setAuthorizationEnabled(true);
      plugins.add(new LaneSetup());
    }
    cfg.setProcessEnginePlugins(plugins);
    return wired.configuration.buildProcessEngine();
  }

  /** The bare engine: the same model, every bean it names a no-op, deadlines a fixed number of days. */
  private static ProcessEngine bareEngine(String name, Db db) {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl(db.url());
    cfg.setJdbcUsername(db.user());
    cfg.setJdbcPassword(db.password());
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setJobExecutorActivate(false);
    cfg.setJobExecutor(jobExecutor());
    cfg.setHistory("full");
    cfg.setDefaultSerializationFormat("application/json");
    cfg.setJavaSerializationFormatEnabled(false);
    cfg.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    Map<Object, Object> beans = new HashMap<>();
    for (String bean : List.of("assignRegistrationNumberListener", "validateRegistrationListener", "recordBreachDelegate",
        "recordReferralDelegate", "rememberCoordinatorListener", "validateWorkProgramListener", "startReviewRoundListener",
        "validateReviewListener", "validateActivityListener", "collectActivityReportListener", "generateDocumentDelegate",
        "archiveDocumentsDelegate")) {
      beans.put(bean, NOOP);
    }
    beans.put("sopDeadline", new FixedDeadline());
    cfg.setBeans(beans);
    return cfg.buildProcessEngine();
  }

  private static DefaultJobExecutor jobExecutor() {
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setMaxJobsPerAcquisition(JOBS_PER_ACQUISITION);
    executor.setCorePoolSize(JOB_THREADS);
    executor.setMaxPoolSize(JOB_THREADS);
    executor.setQueueSize(JOBS_PER_ACQUISITION);
    return executor;
  }

  private static void deploy(ProcessEngine engine) {
    try (InputStream bpmn = Files.newInputStream(Path.of("processes", "puspaga-layanan-informasi.bpmn"))) {
      engine.getRepositoryService().createDeployment().addInputStream("puspaga-layanan-informasi.bpmn", bpmn).deploy();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static final Noop NOOP = new Noop();

  public static final class Noop implements JavaDelegate, TaskListener, ExecutionListener {
    /** The model injects each document task's type; a no-op takes it and ignores it. */
    private org.camunda.bpm.engine.delegate.Expression documentType;

    public void setDocumentType(org.camunda.bpm.engine.delegate.Expression documentType) {
      this.documentType = documentType;
    }

    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }

  /** Deadlines without the calendar: n days later. */
  public static final class FixedDeadline {
    public Date workingDays(int days) {
      return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }

    public Date days(int days) {
      return workingDays(days);
    }

    public Date programEnd(Object ignored) {
      return workingDays(30);
    }
  }

  // ---- figures

  private static double[] latencies(int samples, Runnable call) {
    // PostgreSQL's plan cache settles (on a generic plan, where it chooses one) within these.
    return latencies(samples, 20, call);
  }

  static double[] latencies(int samples, int warmUp, Runnable call) {
    for (int i = 0; i < warmUp; i++) {
      call.run();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      call.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(millis);
    return new double[] {millis[samples / 2], millis[(int) Math.ceil(samples * 0.95) - 1], millis[(int) Math.ceil(samples * 0.99) - 1]};
  }



}
