package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes (two JVMs running the packaged jar, job executor on in both) on one
 * PostgreSQL, as "Running more than one node" in docs/operations.md describes. Each node names itself in
 * the engine's job log (hostname), so the tests can tell which node did the work.
 */
class TwoNodeClusterIT {

  private static final int TIMER_INSTANCES = 200;
  private static final int RACES = 20;
  private static final int WALKS = 8;
  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  static PostgresServer postgres;
  static GreenMail smtp;
  static PackagedApplication nodeA;
  static PackagedApplication nodeB;
  static JdbcTemplate database;

  @BeforeAll
  static void startTwoNodes(@TempDir Path workDir) throws Exception {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    postgres = PostgresServer.start();
    postgres.createDatabase("puspaga", "puspaga", "Basis-Data-Puspaga-2026");
    database = postgres.jdbc("puspaga");
    // The first node creates the schema alone; the second joins once it is up (docs/operations.md).
    nodeA = startNode(workDir, "node-a");
    nodeA.awaitHealthy();
    nodeB = startNode(workDir, "node-b");
    nodeB.awaitHealthy();
  }

  private static PackagedApplication startNode(Path workDir, String name) throws Exception {
    Path dir = Files.createDirectories(workDir.resolve(name));
    return PackagedApplication.start(dir, Map.of(
            "SPRING_DATASOURCE_URL", postgres.jdbcUrl("puspaga"),
            "SPRING_DATASOURCE_USERNAME", "puspaga",
            "SPRING_DATASOURCE_PASSWORD", "Basis-Data-Puspaga-2026",
            "SPRING_MAIL_HOST", "127.0.0.1",
            "SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()),
            // Both nodes send the outbox every second: they compete for every row.
            "PUSPAGA_NOTIFICATIONS_SEND_INTERVAL", "1s"),
        "--spring.profiles.active=demo,postgres", "--camunda.bpm.generic-properties.properties.hostname=" + name);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, postgres}) {
      if (closeable != null) {
        closeable.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void recordsEachOf200DueTimersExactlyOnceAndNumbersTheirDocumentsWithoutDuplicates() throws Exception {
    List<String> instances = Concurrently.inParallel(IntStream.range(0, TIMER_INSTANCES).boxed().toList(),
        i -> walk(i).start("LI-CLUSTER-" + i));

    // Time passes: every instance's first timer (step 1, one working day) falls due at once. Which
    // node fires a timer is a matter of whose job executor polls first: only the count is asserted.
    RestClient sysadmin = RestClient.as("sysadmin", nodeA.port());
    String past = OffsetDateTime.now().minusMinutes(1).format(ENGINE_DATE);
    Concurrently.inParallel(IntStream.range(0, TIMER_INSTANCES).boxed().toList(), i -> {
      RestClient admin = i % 2 == 0 ? sysadmin : sysadmin.on(nodeB.port());
      JsonNode timers = admin.get("/engine-rest/job?maxResults=10&timers=true&processInstanceId=" + instances.get(i)).json();
      assertThat(timers).as(instances.get(i)).hasSize(1);
      assertThat(admin.put("/engine-rest/job/" + timers.get(0).get("id").asText() + "/duedate", Map.of("duedate", past))
          .status()).isEqualTo(204);
      return null;
    });
    awaitCount("breaches", () -> count("select count(*) from sop_breach where process_instance_id in (%s)", instances),
        TIMER_INSTANCES);

    assertThat(database.queryForList("select process_instance_id from sop_breach where process_instance_id in ("
        + placeholders(instances) + ") group by process_instance_id having count(*) <> 1", String.class, instances.toArray()))
        .isEmpty();
    for (String instance : instances) {
      JsonNode breaches = json(sysadmin.get("/engine-rest/process-instance/" + instance + "/variables/sopBreaches?deserializeValue=false"));
      assertThat(breaches).as(instance + " " + breaches).hasSize(1);
      assertThat(breaches.get(0).get("activityId").asText()).isEqualTo("Task_RegisterRequest");
    }
    Map<String, Long> timersByNode = jobsByNode(instances, "timer-transition");
    System.out.printf("[cluster] %d due timers fired: %s; breaches recorded: %d%n", TIMER_INSTANCES, timersByNode,
        count("select count(*) from sop_breach where process_instance_id in (%s)", instances));
    // Each timer fired once, by whichever node acquired it; one node may well take them all (a
    // node acquires jobs in batches), so the test asserts no split between the nodes.
    assertThat(timersByNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TIMER_INSTANCES);
    assertThat(timersByNode.keySet()).isSubsetOf("node-a", "node-b");

    // Each breach is mailed once, by whichever node claims its outbox row first: 200 mails to
    // Admin with the Ketua in copy, none twice (a mail arrives as one copy per recipient).
    Set<String> numbers200 = instances.stream().map(TwoNodeClusterIT::businessKey).collect(Collectors.toSet());
    // Every row marked sent: no node has one left to send, so the copies received are all there will be.
    awaitCount("breach mails marked sent", () -> database.queryForObject(
        "select count(*) from mail_outbox where kind = 'BREACH' and status = 'SENT'", Long.class), TIMER_INSTANCES);
    assertThat(database.queryForObject("select count(*) from mail_outbox where kind = 'BREACH'", Long.class))
        .isEqualTo(TIMER_INSTANCES);
    List<MimeMessage> breachMails = breachMails(numbers200);
    Map<String, Long> copiesPerMail = breachMails.stream()
        .collect(Collectors.groupingBy(m -> header(m, "X-Puspaga-Outbox-Id"), Collectors.counting()));
    Map<String, Set<String>> mailsPerRequest = breachMails.stream().filter(m -> header(m, "To").contains("rina@"))
        .collect(Collectors.groupingBy(m -> subjectNumber(m, numbers200),
            Collectors.mapping(m -> header(m, "X-Puspaga-Outbox-Id"), Collectors.toSet())));
    System.out.printf("[cluster] %d breaches mailed: %d distinct mails, %d copies received (To Admin, Cc Ketua);"
        + " sent by node: %s%n", TIMER_INSTANCES, copiesPerMail.size(), breachMails.size(),
        database.queryForList("select substring(claimed_by, 1, 6) as node, count(*) as mails from mail_outbox"
            + " where kind = 'BREACH' group by substring(claimed_by, 1, 6) order by 1"));
    assertThat(breachMails).hasSize(TIMER_INSTANCES * 2);
    assertThat(copiesPerMail).hasSize(TIMER_INSTANCES).allSatisfy((id, copies) -> assertThat(copies).isEqualTo(2L));
    assertThat(mailsPerRequest).hasSize(TIMER_INSTANCES).allSatisfy((number, mails) -> assertThat(mails).hasSize(1));

    // Registering them, alternately on both nodes, makes 200 Lembar Disposisi on both job executors.
    Concurrently.inParallel(IntStream.range(0, TIMER_INSTANCES).boxed().toList(), i -> {
      walk(i).register(instances.get(i));
      return null;
    });
    awaitCount("disposition sheets", () -> tasksAt(instances, "Task_MapNeeds"), TIMER_INSTANCES);
    List<String> numbers = new ArrayList<>();
    for (String instance : instances) {
      JsonNode documents = json(sysadmin.get("/engine-rest/process-instance/" + instance + "/variables/documents?deserializeValue=false"));
      assertThat(documents).as(instance).hasSize(1);
      assertThat(documents.get(0).get("type").asText()).isEqualTo("LEMBAR_DISPOSISI");
      numbers.add(documents.get(0).get("number").asText());
    }
    assertThat(numbers).hasSize(TIMER_INSTANCES).doesNotHaveDuplicates();
    // Every number drawn in this database so far, by either node: per type and year exactly 1..n.
    GaplessNumbers.assertGapless(GaplessNumbers.allListed(sysadmin));
    Map<String, Long> documentsByNode = jobsByNode(instances, "async-continuation");
    System.out.printf("[cluster] %d disposition sheets generated: %s; distinct numbers: %d%n", TIMER_INSTANCES,
        documentsByNode, numbers.stream().distinct().count());
    assertThat(documentsByNode.keySet()).as("both nodes generated documents").containsExactlyInAnyOrder("node-a", "node-b");
  }

  @Test
  void bothNodesAreReadyWithTheirJobExecutorsRunning() {
    for (PackagedApplication node : List.of(nodeA, nodeB)) {
      RestClient.Response readiness = RestClient.anonymous(node.port()).get("/actuator/health/readiness");
      assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
      assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void showsEveryTaskOnBothNodesAndCompletesItFromEither() {
    RestClient rinaOnA = RestClient.as("rina", nodeA.port());
    RestClient budiOnB = RestClient.as("budi", nodeB.port());
    RequestWalk walk = new RequestWalk(rinaOnA, budiOnB, RestClient.as("sari", nodeA.port()), sysadmin());
    String instance = walk.start("LI-DUA-NODE");

    String register = walk.awaitTask(rinaOnA, instance, "Task_RegisterRequest");
    assertThat(walk.awaitTask(rinaOnA.on(nodeB.port()), instance, "Task_RegisterRequest")).isEqualTo(register);
    new RequestWalk(rinaOnA.on(nodeB.port()), budiOnB, budiOnB, sysadmin()).register(instance);

    String mapNeeds = walk.awaitTask(budiOnB.on(nodeA.port()), instance, "Task_MapNeeds");
    assertThat(walk.awaitTask(budiOnB, instance, "Task_MapNeeds")).isEqualTo(mapNeeds);
    new RequestWalk(rinaOnA, budiOnB.on(nodeA.port()), budiOnB, sysadmin()).mapNeeds(instance);

    JsonNode next = budiOnB.get("/engine-rest/task?maxResults=50&processInstanceId=" + instance).json();
    assertThat(next).hasSize(1);
    assertThat(next.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_SubmitWorkProgram");
    assertThat(next.get(0).get("assignee").asText()).isEqualTo("budi");
  }

  @Test
  void letsOneOfTwoSimultaneousCompletionsOnTwoNodesWinAndTellsTheOtherWhy() throws Exception {
    List<String> instances = requests(RACES, "LI-BALAPAN-", RequestWalk::register);
    RestClient budiOnA = RestClient.as("budi", nodeA.port());
    RestClient dewiOnB = RestClient.as("dewi", nodeB.port());
    List<String> conflicts = new CopyOnWriteArrayList<>();
    ExecutorService racers = Executors.newFixedThreadPool(2);
    try {
      for (String instance : instances) {
        String task = walk(0).awaitTask(budiOnA, instance, "Task_MapNeeds");
        CyclicBarrier start = new CyclicBarrier(2);
        Future<RestClient.Response> budi = racers.submit(() -> complete(budiOnA, task, start));
        Future<RestClient.Response> dewi = racers.submit(() -> complete(dewiOnB, task, start));
        List<RestClient.Response> responses = List.of(budi.get(), dewi.get());
        assertThat(responses).extracting(RestClient.Response::status).as(responses.toString())
            .containsExactlyInAnyOrder(204, 409);
        RestClient.Response loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        String message = loser.json().get("message").asText();
        assertThat(message).contains("isian Anda tidak disimpan");
        conflicts.add(message);
        String winner = budi.get().status() == 204 ? "budi" : "dewi";

        RestClient sysadmin = RestClient.as("sysadmin", nodeA.port());
        JsonNode open = sysadmin.get("/engine-rest/task?maxResults=50&processInstanceId=" + instance).json();
        assertThat(open).as(instance).hasSize(1);
        assertThat(open.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_SubmitWorkProgram");
        assertThat(open.get(0).get("assignee").asText()).isEqualTo(winner);
        assertThat(sysadmin.get("/engine-rest/history/task?maxResults=50&processInstanceId=" + instance + "&taskDefinitionKey=Task_MapNeeds")
            .json()).hasSize(1);
        assertThat(sysadmin.get("/engine-rest/process-instance/" + instance + "/variables/needsMap").json().get("value")
            .asText()).isEqualTo("Peta kebutuhan dari " + winner);
      }
    } finally {
      racers.shutdownNow();
    }
    // The two ways to lose, told apart by their messages: both ran at once (optimistic locking), or
    // the winner had already committed (the loser is told who completed it).
    long concurrent = conflicts.stream().filter(m -> m.contains("baru saja diselesaikan atau diubah oleh pengguna lain")).count();
    long afterwards = conflicts.stream().filter(m -> m.matches("Tugas \"Petakan kebutuhan masyarakat\" sudah diselesaikan oleh"
        + " (budi|dewi), sehingga isian Anda tidak disimpan\\..*")).count();
    System.out.printf("[cluster] %d simultaneous completions: %d won, %d refused with 409 (%d while both ran, %d after the"
        + " winner committed)%n", RACES, RACES, conflicts.size(), concurrent, afterwards);
    assertThat(concurrent + afterwards).as("every refusal is one of the two").isEqualTo(RACES);
    assertThat(concurrent).as("races where both completions truly ran at once").isPositive();
  }

  @Test
  void neverDuplicatesADocumentOrAnArchiveRowWhenBothNodesWork() throws Exception {
    List<String> instances = requests(WALKS, "LI-ARSIP-", RequestWalk::walkToTheEnd);

    String in = placeholders(instances);
    Object[] ids = instances.toArray();
    assertThat(count("select count(*) from archive_receipt where process_instance_id in (%s)", instances)).isEqualTo(WALKS);
    assertThat(count("select count(*) from archive_document where process_instance_id in (%s)", instances))
        .isEqualTo(WALKS * 7L);
    assertThat(database.queryForList("select process_instance_id from archive_document where process_instance_id in (" + in
        + ") group by process_instance_id having count(*) <> 7 or count(distinct document_type) <> 7", String.class, ids))
        .isEmpty();
    assertThat(database.queryForList(
        "select document_number from archive_document group by document_number having count(*) > 1", String.class)).isEmpty();
    GaplessNumbers.assertGapless(GaplessNumbers.allListed(RestClient.as("sysadmin", nodeA.port())));
    Map<String, Long> archivedByNode = jobsByNode(instances, "async-continuation");
    System.out.printf("[cluster] %d requests walked to the archive across both nodes: %d receipts, %d archived documents,"
        + " asynchronous steps by node %s%n", WALKS, WALKS, WALKS * 7, archivedByNode);
  }

  /** Requests started and taken on, four at a time, each with its lanes split over the nodes. */
  private static List<String> requests(int count, String businessKeyPrefix, BiConsumer<RequestWalk, String> then)
      throws Exception {
    return Concurrently.inParallel(IntStream.range(0, count).boxed().toList(), i -> {
      String instance = walk(i).start(businessKeyPrefix + i);
      then.accept(walk(i), instance);
      return instance;
    });
  }

  /** Lanes split over the nodes: even requests start on A and go on on B, odd ones the other way round. */
  private static RequestWalk walk(int i) {
    int first = i % 2 == 0 ? nodeA.port() : nodeB.port();
    int second = i % 2 == 0 ? nodeB.port() : nodeA.port();
    return new RequestWalk(RestClient.as("rina", first), RestClient.as("budi", second), RestClient.as("sari", first),
        RestClient.as("sysadmin", second));
  }

  private static RestClient sysadmin() {
    return RestClient.as("sysadmin", nodeA.port());
  }

  private static RestClient.Response complete(RestClient client, String task, CyclicBarrier start) throws Exception {
    start.await();
    return client.post("/engine-rest/task/" + task + "/complete", Map.of("variables",
        RequestWalk.variables(Map.of("needsMap", "Peta kebutuhan dari " + client.user()))));
  }

  private static long tasksAt(List<String> instances, String taskKey) {
    return RestClient.as("sysadmin", nodeA.port()).post("/engine-rest/task/count",
        Map.of("processInstanceIdIn", instances, "taskDefinitionKey", taskKey)).json().get("count").asLong();
  }

  private static Map<String, Long> jobsByNode(Collection<String> instances, String jobType) {
    return database.queryForList("select hostname_, count(*) as jobs from act_hi_job_log where job_state_ = 2"
            + " and job_def_type_ = ? and process_instance_id_ in (" + placeholders(instances) + ") group by hostname_",
            concat(jobType, instances)).stream()
        .collect(Collectors.toMap(row -> (String) row.get("hostname_"), row -> ((Number) row.get("jobs")).longValue()));
  }

  private static long count(String sql, Collection<String> instances) {
    return database.queryForObject(String.format(sql, placeholders(instances)), Long.class, instances.toArray());
  }

  private static void awaitCount(String what, java.util.function.LongSupplier count, long expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    long seen;
    while ((seen = count.getAsLong()) < expected) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + ": " + seen + " of " + expected + " after 5 minutes");
      }
      Thread.sleep(500);
    }
    assertThat(seen).as(what).isEqualTo(expected);
  }

  private static String businessKey(String instance) {
    return sysadmin().get("/engine-rest/process-instance/" + instance).json().get("businessKey").asText();
  }

  private static List<MimeMessage> breachMails(Set<String> numbers) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> "BREACH".equals(header(m, "X-Puspaga-Mail-Kind")))
        .filter(m -> subjectNumber(m, numbers) != null)
        .toList();
  }

  /** The registration number (one of these) in the mail's subject, which ends "(LI-… · name · topic)". */
  private static String subjectNumber(MimeMessage message, Set<String> numbers) {
    try {
      java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\((\\S+) · ").matcher(message.getSubject());
      return matcher.find() && numbers.contains(matcher.group(1)) ? matcher.group(1) : null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, ",");
      return value == null ? "" : value;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(RestClient.Response variable) {
    assertThat(variable.status()).as(variable.toString()).isEqualTo(200);
    JsonNode value = variable.json().get("value");
    try {
      // A Spin JSON value comes as text, an Object value as JSON.
      JsonNode list = value.isTextual() ? new ObjectMapper().readTree(value.asText()) : value;
      assertThat(list.isArray()).as(variable.toString()).isTrue();
      return list;
    } catch (Exception e) {
      throw new AssertionError(variable.toString(), e);
    }
  }

  private static String placeholders(Collection<?> values) {
    return values.stream().map(v -> "?").collect(Collectors.joining(","));
  }

  private static Object[] concat(Object first, Collection<String> rest) {
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray();
  }
}
