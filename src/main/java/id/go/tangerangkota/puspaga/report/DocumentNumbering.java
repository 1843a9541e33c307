package id.go.tangerangkota.puspaga.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers from a database sequence per office, type and year, drawn in the caller's transaction:
 * the increment's row lock makes them unique across threads and nodes; a rolled-back draw is
 * undone with the rest, so a number is never given twice and none is skipped (gapless).
 *
 * <p>The counters of this year and the next exist before anyone draws from them ({@link
 * #prepareYear}, at start and every day): a draw is then always an update, which waits for a
 * concurrent draw to commit. Inserting the year's first row inside the job's transaction instead
 * made every concurrent first draw of a year wait on the inserting transaction, PDF rendering
 * included, until H2's lock timeout failed it.
 */
@Service
public class DocumentNumbering {

  private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

  /** The counter of registration numbers (the process business key), beside the documents'. */
  public static final String REGISTRATION = "REGISTRASI";

  private final JdbcTemplate jdbc;
  /** How often a draw created a year's counter itself, and how often it lost that race: tests show both paths ran. */
  private final AtomicLong countersInserted = new AtomicLong();
  private final AtomicLong insertRacesLost = new AtomicLong();
  private final TransactionTemplate savepoint;
  private final TransactionTemplate newTransaction;
  private final DocumentProperties properties;

  public DocumentNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactions, DocumentProperties properties) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
  }

  public String next(String office, DocumentType type, LocalDate date) {
    long sequence = nextValue(office, type, date.getYear());
    return properties.patternFor(type)
        .replace("{office}", office)
        .replace("{seq}", String.format("%03d", sequence))
        .replace("{code}", type.code())
        .replace("{romanMonth}", ROMAN_MONTHS[date.getMonthValue() - 1])
        .replace("{month}", String.format("%02d", date.getMonthValue()))
        .replace("{year}", Integer.toString(date.getYear()));
  }

  long nextValue(String office, DocumentType type, int year) {
    return nextValue(office, type.name(), year);
  }

  /** The next value of the office's counter {@code key} (a document type, or {@link #REGISTRATION}) in that year. */
  public long nextValue(String office, String key, int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (jdbc.update("update document_sequence set last_value = last_value + 1 where office_id = ? and document_type = ?"
          + " and sequence_year = ?", office, key, year) == 1) {
        return jdbc.queryForObject("select last_value from document_sequence where office_id = ? and document_type = ?"
            + " and sequence_year = ?", Long.class, office, key, year);
      }
      try {
        // Under a savepoint: on PostgreSQL a failed insert aborts the whole transaction (the
        // engine's), unless rolled back to a savepoint; then the update below goes on.
        savepoint.executeWithoutResult(status -> jdbc.update(
            "insert into document_sequence (office_id, document_type, sequence_year, last_value) values (?, ?, ?, 1)",
            office, key, year));
        countersInserted.incrementAndGet();
        return 1;
      } catch (DuplicateKeyException anotherNodeInsertedFirst) {
        insertRacesLost.incrementAndGet();
        // The first number of the year was just drawn elsewhere: increment that row instead.
      }
    }
    throw new IllegalStateException("Cannot draw a number for " + office + " " + key + " " + year);
  }

  long countersInserted() {
    return countersInserted.get();
  }

  long insertRacesLost() {
    return insertRacesLost.get();
  }

  /**
   * Creates every office's counters of the year that do not exist yet, at 0: one statement per
   * counter for all offices, so that a start with 500 offices does not take 20,000 transactions.
   * Each is committed on its own (outside any caller's transaction); several nodes may do it at
   * once, and one that finds the other's rows appearing under it runs the statement again.
   */
  public void prepareYear(int year) {
    List<String> keys = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      keys.add(type.name());
    }
    keys.add(REGISTRATION);
    for (String key : keys) {
      for (int attempt = 1; ; attempt++) {
        try {
          newTransaction.executeWithoutResult(status -> jdbc.update("insert into document_sequence (office_id,"
              + " document_type, sequence_year, last_value) select o.office_id, ?, ?, 0 from office o where not exists"
              + " (select 1 from document_sequence s where s.office_id = o.office_id and s.document_type = ?"
              + " and s.sequence_year = ?)", key, year, key, year));
          break;
        } catch (DuplicateKeyException anotherNodeCreatedSome) {
          if (attempt == 3) {
            throw anotherNodeCreatedSome;
          }
        }
      }
    }
  }
}
