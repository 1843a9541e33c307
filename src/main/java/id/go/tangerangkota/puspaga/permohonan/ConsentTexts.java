package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.report.DocumentService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consent text the public form shows, kept word for word in {@code consent_text} under a
 * version named after its checksum: a request's {@code consent_text_version} then shows exactly
 * what its requester agreed to, whatever the form says later.
 */
@Component
class ConsentTexts {

  /** The text as shown (the form's HTML) and its version. */
  record Consent(String version, String html) {}

  private final PublicPages pages;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

  ConsentTexts(PublicPages pages, JdbcTemplate jdbc, Clock clock,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.pages = pages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The text the form shows now, kept (once) before anyone agrees to it. */
  Consent current() {
    String html = pages.render("persetujuan", Map.of()).strip();
    String version = "UU27-2022-" + DocumentService.sha256(html.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    if (jdbc.queryForObject("select count(*) from consent_text where version = ?", Integer.class, version) == 0) {
      // In a transaction of its own: a request's start may be asking inside the engine's, and on
      // PostgreSQL a refused insert (another node was first) would spoil that transaction.
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
            "insert into consent_text (version, text, first_shown_at) values (?,?,?)", version, html,
            Timestamp.from(clock.instant())));
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // the same text, kept by the other node
      }
    }
    return new Consent(version, html);
  }
}
