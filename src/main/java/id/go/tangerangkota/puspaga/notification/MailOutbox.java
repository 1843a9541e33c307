package id.go.tangerangkota.puspaga.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_outbox} table. {@link #enqueue} joins the caller's transaction (the engine's, for
 * a breach), so a mail exists exactly when its event committed. Sending claims one row at a time
 * with a conditional update: on PostgreSQL the row lock makes a second node's update find the row
 * already claimed, so two nodes never send the same row; a node that dies after sending but before
 * marking leaves the claim to expire, and the row is sent once more.
 */
@Service
public class MailOutbox {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  /** Sent to the log because no SMTP server is configured (demo). */
  public static final String LOGGED = "LOGGED";
  public static final String FAILED = "FAILED";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  public MailOutbox(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** In the caller's transaction; the dedup key must be new (e.g. a breach's own id). */
  public void enqueue(OutgoingMail mail) {
    Timestamp now = Timestamp.from(now());
    jdbc.update("insert into mail_outbox (id, kind, dedup_key, recipients, cc, subject, text_body, html_body, status,"
            + " attempts, next_attempt_at, created_at, sender) values (?,?,?,?,?,?,?,?,?,0,?,?,?)",
        UUID.randomUUID().toString(), mail.kind().name(), mail.dedupKey(), String.join(",", mail.to()),
        String.join(",", mail.cc()), mail.subject(), mail.text(), mail.html(), PENDING, now, now, mail.sender());
  }

  /**
   * In a transaction of its own, for mails that several nodes may produce for the same event (a
   * reminder, a digest): the first write wins, later ones change nothing.
   *
   * @return whether this call wrote the mail
   */
  public boolean enqueueOnce(OutgoingMail mail) {
    if (exists(mail.dedupKey())) {
      return false;
    }
    try {
      ownTransaction.executeWithoutResult(status -> enqueue(mail));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public boolean exists(String dedupKey) {
    return jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class, dedupKey) > 0;
  }

  /** Rows that may be sent now, oldest first; each must still be claimed before it is sent. */
  List<String> due(int limit) {
    Timestamp now = Timestamp.from(now());
    return jdbc.queryForList("select id from mail_outbox where status = ? and next_attempt_at <= ?"
            + " and (claimed_until is null or claimed_until < ?) order by created_at, id fetch first " + limit + " rows only",
        String.class, PENDING, now, now);
  }

  /** Reserves a row for this node; false when another node has it (or it is no longer pending). */
  boolean claim(String id, String node, Duration lease) {
    Instant now = now();
    return jdbc.update("update mail_outbox set claimed_by = ?, claimed_until = ? where id = ? and status = ?"
            + " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)",
        node, Timestamp.from(now.plus(lease)), id, PENDING, Timestamp.from(now), Timestamp.from(now)) == 1;
  }

  Map<String, Object> row(String id) {
    return jdbc.queryForMap("select * from mail_outbox where id = ?", id);
  }

  void markDone(String id, String node, String status) {
    jdbc.update("update mail_outbox set status = ?, sent_at = ?, attempts = attempts + 1, claimed_until = null,"
        + " last_error = null where id = ? and claimed_by = ?", status, Timestamp.from(now()), id, node);
  }

  /** One more failed attempt: wait longer each time, give up after {@code maxAttempts}. */
  void recordFailure(String id, String node, String error, NotificationProperties settings) {
    int attempts = jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, id) + 1;
    boolean giveUp = attempts >= settings.maxAttempts();
    Duration wait = backoff(attempts, settings);
    jdbc.update("update mail_outbox set attempts = ?, status = ?, next_attempt_at = ?, claimed_until = null,"
            + " last_error = ? where id = ? and claimed_by = ?",
        attempts, giveUp ? FAILED : PENDING, Timestamp.from(now().plus(wait)),
        error == null ? null : error.substring(0, Math.min(error.length(), 2000)), id, node);
  }

  /** To the millisecond: the databases keep microseconds, and a rounded-up instant would not be due "now". */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static Duration backoff(int attempts, NotificationProperties settings) {
    Duration wait = settings.retryBackoff();
    for (int i = 1; i < attempts && wait.compareTo(settings.maxRetryBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : wait;
  }

  public java.util.List<String> countByStatusKeys() {
    return List.of(PENDING, SENT, LOGGED, FAILED);
  }

  /** Rows per status, every status present (0 when none). */
  public Map<String, Long> countByStatus() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String status : countByStatusKeys()) {
      counts.put(status, 0L);
    }
    jdbc.query("select status, count(*) as n from mail_outbox group by status",
        rs -> {
          counts.put(rs.getString("status"), rs.getLong("n"));
        });
    return counts;
  }
}
