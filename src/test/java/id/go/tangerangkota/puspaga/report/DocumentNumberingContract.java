package id.go.tangerangkota.puspaga.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numbering rules, run on H2 (DocumentNumberingOnH2Test) and on a real PostgreSQL
 * (DocumentNumberingOnPostgresTest), where a failed insert would poison the transaction.
 */
abstract class DocumentNumberingContract {

  private final DataSource dataSource = migrated(dataSource());
  private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  private final DocumentNumbering numbering = new DocumentNumbering(new JdbcTemplate(dataSource),
      new DataSourceTransactionManager(dataSource),
      new DocumentProperties("{seq}/{code}/PUSPAGA/{romanMonth}/{year}", Map.of()));

  private static final String OFFICE = "3671";

  /** A new empty database for each test. */
  abstract DataSource dataSource();

  /** How many sessions of the database are inside the counter's insert, waiting for another's to commit. */
  abstract String sessionsWaitingForALock();

  @Test
  void numbersFollowThePatternPerTypeAndYear() {
    assertThat(draw(LocalDate.parse("2026-11-28"))).isEqualTo("001/DISP/PUSPAGA/XI/2026");
    assertThat(draw(LocalDate.parse("2026-12-01"))).isEqualTo("002/DISP/PUSPAGA/XII/2026");
    assertThat(draw(LocalDate.parse("2027-01-04"))).isEqualTo("001/DISP/PUSPAGA/I/2027");
  }

  @Test
  void eachOfficeCountsItsOwnNumbersFromOne() {
    assertThat(draw(LocalDate.parse("2026-11-28"))).isEqualTo("001/DISP/PUSPAGA/XI/2026");
    assertThat(draw(LocalDate.parse("2026-11-28"))).isEqualTo("002/DISP/PUSPAGA/XI/2026");
    String second = transaction.execute(status -> numbering.next("3674", DocumentType.LEMBAR_DISPOSISI,
        LocalDate.parse("2026-11-28")));
    assertThat(second).as("the second office's first disposition").isEqualTo("001/DISP/PUSPAGA/XI/2026");
    assertThat(draw(LocalDate.parse("2026-11-28"))).isEqualTo("003/DISP/PUSPAGA/XI/2026");
  }

  @Test
  void givesEightThreadsDrawingFiftyEachFourHundredDistinctIncreasingNumbers() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<List<Long>>> drawn = new ArrayList<>();
    // All eight draw the year's first number at the same moment: the year's counter does not exist yet.
    CyclicBarrier start = new CyclicBarrier(8);
    for (int thread = 0; thread < 8; thread++) {
      Callable<List<Long>> fifty = () -> {
        start.await();
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          numbers.add(transaction.execute(status -> numbering.nextValue(OFFICE, DocumentType.LEMBAR_DISPOSISI, 2030)));
        }
        return numbers;
      };
      drawn.add(threads.submit(fifty));
    }
    Set<Long> all = new HashSet<>();
    for (Future<List<Long>> future : drawn) {
      List<Long> numbers = future.get();
      assertThat(numbers).isSorted();
      all.addAll(numbers);
    }
    threads.shutdown();
    // Gapless: exactly 1..400, not merely 400 distinct numbers.
    assertThat(all).isEqualTo(LongStream.rangeClosed(1, 400).boxed().collect(Collectors.toSet()));
    assertThat(numbering.countersInserted()).as("the year's counter was created by a draw, once").isEqualTo(1);
  }

  @Test
  void drawsOnWhenAnotherNodeCreatedTheYearsCounterAtTheSameMoment() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch inserted = new CountDownLatch(1);
    // One draw creates the year's counter and holds its transaction open until the seven others
    // are seen waiting for it (each trying to create the counter too).
    // Its own connection: not the first draw's transaction, whose view of the others would stand still.
    SingleConnectionDataSource observerConnection = new SingleConnectionDataSource(dataSource.getConnection(), false);
    JdbcTemplate observer = new JdbcTemplate(observerConnection);
    Future<Long> first = threads.submit(() -> transaction.execute(status -> {
      long value = numbering.nextValue(OFFICE, DocumentType.SURAT_TUGAS.name(), 2032);
      inserted.countDown();
      Awaitility.await("seven draws waiting for the new counter").atMost(Duration.ofSeconds(8))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> observer.queryForObject(sessionsWaitingForALock(), Integer.class) >= 7);
      return value;
    }));
    inserted.await();
    List<Future<Long>> others = new ArrayList<>();
    for (int thread = 0; thread < 7; thread++) {
      others.add(threads.submit(() -> transaction.execute(status -> numbering.nextValue(OFFICE, DocumentType.SURAT_TUGAS.name(), 2032))));
    }
    Set<Long> all = new HashSet<>();
    all.add(first.get());
    for (Future<Long> other : others) {
      all.add(other.get());
    }
    threads.shutdown();
    observerConnection.destroy();
    assertThat(all).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(numbering.countersInserted()).as("counters created").isEqualTo(1);
    assertThat(numbering.insertRacesLost()).as("draws that found the counter being created and went on").isEqualTo(7);
    System.out.printf("[numbering] %s: 8 draws of a new year's first numbers, counter created once, %d draws lost the"
        + " race to create it and drew from it%n", getClass().getSimpleName(), numbering.insertRacesLost());
  }

  @Test
  void preparingAYearMakesEachCounterOfEveryOfficeOnceAndKeepsTheOnesThatCount() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String office : List.of(OFFICE, "3674", "3603")) {
      jdbc.update("insert into office (office_id, name, government, agency, unit, address, city, head_title, head_name,"
          + " head_nip, mail_sender, public_path, number_pattern, updated_at) values (?, ?, '-', '-', '-', '-', '-', '-', '-',"
          + " '-', '-', ?, '-', current_timestamp)", office, "PUSPAGA " + office, "p" + office);
    }
    transaction.execute(status -> numbering.nextValue("3674", DocumentType.SURAT_TUGAS.name(), 2040));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<?>> preparing = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      preparing.add(nodes.submit(() -> {
        together.await();
        numbering.prepareYear(2040);
        return null;
      }));
    }
    for (Future<?> done : preparing) {
      done.get();
    }
    nodes.shutdown();
    numbering.prepareYear(2040);

    int keys = DocumentType.values().length + 1;
    assertThat(jdbc.queryForObject("select count(*) from document_sequence where sequence_year = 2040", Integer.class))
        .isEqualTo(3 * keys);
    assertThat(jdbc.queryForList("select office_id from document_sequence where sequence_year = 2040 group by office_id"
        + " having count(distinct document_type) = ?", String.class, keys)).containsExactlyInAnyOrder(OFFICE, "3674", "3603");
    assertThat(jdbc.queryForObject("select last_value from document_sequence where office_id = '3674'"
        + " and document_type = 'SURAT_TUGAS' and sequence_year = 2040", Long.class)).as("a counter already drawn from").isEqualTo(1);
    long drawn = transaction.execute(status -> numbering.nextValue(OFFICE, DocumentType.SURAT_TUGAS.name(), 2040));
    assertThat(drawn).as("a prepared counter's first number").isEqualTo(1);
  }

  @Test
  void aTypeWithAPatternOfItsOwnInTheConfigurationIsNumberedByItAndTheOthersByTheDefault() {
    DocumentProperties configured = new Binder(new MapConfigurationPropertySource(Map.of(
        "puspaga.documents.number-patterns.SURAT_TUGAS", "ST-{year}-{month}-{seq}")))
        .bind("puspaga.documents", DocumentProperties.class).get();
    DocumentNumbering own = new DocumentNumbering(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
        configured);

    String assignment = transaction.execute(status -> own.next(OFFICE, DocumentType.SURAT_TUGAS, LocalDate.parse("2026-11-28")));
    String disposition = transaction.execute(status -> own.next(OFFICE, DocumentType.LEMBAR_DISPOSISI, LocalDate.parse("2026-11-28")));

    assertThat(assignment).isEqualTo("ST-2026-11-001");
    assertThat(disposition).isEqualTo("001/DISP/PUSPAGA-3671/XI/2026");
  }

  @Test
  void leavesNoTraceOfADrawThatWasRolledBack() {
    draw(LocalDate.parse("2031-05-01"));
    transaction.executeWithoutResult(status -> {
      numbering.next(OFFICE, DocumentType.LEMBAR_DISPOSISI, LocalDate.parse("2031-05-02"));
      status.setRollbackOnly();
    });
    assertThat(draw(LocalDate.parse("2031-05-03"))).startsWith("002/");
  }

  private String draw(LocalDate date) {
    return transaction.execute(status -> numbering.next(OFFICE, DocumentType.LEMBAR_DISPOSISI, date));
  }

  private static DataSource migrated(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).load().migrate();
    return dataSource;
  }
}
