package id.go.tangerangkota.puspaga.report;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers from a database sequence per type per year, drawn in the caller's transaction:
 * the increment's row lock makes them unique across threads and nodes; a rolled-back draw is
 * undone with the rest, so a number is never given twice.
 */
@Service
public class DocumentNumbering {

  private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private final DocumentProperties properties;

  public DocumentNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactions, DocumentProperties properties) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.properties = properties;
  }

  public String next(DocumentType type, LocalDate date) {
    long sequence = nextValue(type, date.getYear());
    return properties.patternFor(type)
        .replace("{seq}", String.format("%03d", sequence))
        .replace("{code}", type.code())
        .replace("{romanMonth}", ROMAN_MONTHS[date.getMonthValue() - 1])
        .replace("{month}", String.format("%02d", date.getMonthValue()))
        .replace("{year}", Integer.toString(date.getYear()));
  }

  long nextValue(DocumentType type, int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (jdbc.update("update document_sequence set last_value = last_value + 1 where document_type = ? and sequence_year = ?",
          type.name(), year) == 1) {
        return jdbc.queryForObject("select last_value from document_sequence where document_type = ? and sequence_year = ?",
            Long.class, type.name(), year);
      }
      try {
        // Under a savepoint: on PostgreSQL a failed insert aborts the whole transaction (the
        // engine's), unless rolled back to a savepoint; then the update below goes on.
        savepoint.executeWithoutResult(status -> jdbc.update(
            "insert into document_sequence (document_type, sequence_year, last_value) values (?, ?, 1)", type.name(), year));
        return 1;
      } catch (DuplicateKeyException anotherNodeInsertedFirst) {
        // The first number of the year was just drawn elsewhere: increment that row instead.
      }
    }
    throw new IllegalStateException("Cannot draw a number for " + type + " " + year);
  }
}
