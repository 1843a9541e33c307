package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.AsApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the keeping of personal data when its period is over (UU 27/2022 Pasal 42-44): a request's
 * history in the engine (variables, form submissions, files, comments, operation log), its public
 * request and survey invitation, the referral's reason, after {@code request-retention} from its
 * end; its archive after {@code archive-retention}; a sent mail's addresses and text after
 * {@code outbox-retention}; a survey suggestion after {@code request-retention}. What remains: the
 * registration number, the anonymous statistics and the breach facts. In batches, each its own
 * transaction, and idempotent: a pass that stops goes on where it stopped.
 */
@Service
public class RetentionPass {

  /** What one pass erased. */
  public record Result(int requests, int archives, int mails, int suggestions) {}

  private static final Logger LOG = LoggerFactory.getLogger(RetentionPass.class);
  static final String ERASED_METRIC = "puspaga.privacy.erased";

  private final JdbcTemplate jdbc;
  private final HistoryService history;
  private final IdentityService identity;
  private final PrivacyProperties settings;
  private final TransactionTemplate transaction;
  private final MeterRegistry meters;
  private final Clock clock;
  private final ZoneId zone;

  RetentionPass(JdbcTemplate jdbc, HistoryService history, IdentityService identity, PrivacyProperties settings,
      PlatformTransactionManager transactions, MeterRegistry meters, Clock clock, WorkingDayCalendar calendar) {
    this.zone = calendar.zone();
    this.jdbc = jdbc;
    this.history = history;
    this.identity = identity;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.meters = meters;
    this.clock = clock;
  }

  /** Runs the pass now, whoever else may be running it (an administrator's call). */
  public Result run() {
    Instant now = clock.instant();
    Instant requestCutoff = now.atZone(zone).minus(settings.requestRetention()).toInstant();
    Instant archiveCutoff = now.atZone(zone).minus(settings.archiveRetention()).toInstant();
    int requests = 0;
    for (List<String> batch = due(requestCutoff, false); !batch.isEmpty(); batch = due(requestCutoff, false)) {
      List<String> ids = batch;
      transaction.executeWithoutResult(status -> eraseRequests(ids, now, false));
      requests += ids.size();
    }
    int archives = 0;
    for (List<String> batch = due(archiveCutoff, true); !batch.isEmpty(); batch = due(archiveCutoff, true)) {
      List<String> ids = batch;
      transaction.executeWithoutResult(status -> eraseArchives(ids, now));
      archives += ids.size();
    }
    // A mail still pending after the outbox period will not be sent any more (it would have failed long before).
    int mails = jdbc.update("update mail_outbox set recipients = '', cc = null, subject = '(dihapus)', text_body = '',"
        + " html_body = '', last_error = null, status = case when status = 'PENDING' then 'FAILED' else status end"
        + " where created_at < ? and recipients <> ''",
        Timestamp.from(now.atZone(zone).minus(settings.outboxRetention()).toInstant()));
    int suggestions = jdbc.update("update survey_answer set suggestion = null where suggestion is not null"
        + " and answered_on < ?", java.sql.Date.valueOf(LocalDate.ofInstant(requestCutoff, zone)));
    count("request", requests);
    count("archive", archives);
    count("mail", mails);
    count("suggestion", suggestions);
    Result result = new Result(requests, archives, mails, suggestions);
    LOG.info("Retention pass: {}", result);
    return result;
  }

  /**
   * The night's pass, once across the cluster: the node that writes the night's row runs it; the
   * others see the row and do nothing.
   */
  public void runTonight(String node) {
    LocalDate night = LocalDate.ofInstant(clock.instant(), zone);
    try {
      jdbc.update("insert into retention_run (night, node, started_at) values (?,?,?)", java.sql.Date.valueOf(night), node,
          Timestamp.from(clock.instant()));
    } catch (org.springframework.dao.DuplicateKeyException anotherNode) {
      return;
    }
    run();
    jdbc.update("update retention_run set finished_at = ? where night = ?", Timestamp.from(clock.instant()),
        java.sql.Date.valueOf(night));
  }

  /** The next batch of ended requests whose request (or archive) period is over and not yet erased. */
  private List<String> due(Instant cutoff, boolean archive) {
    String erased = archive ? "e.request_erased_at is not null and e.archive_erased_at is null"
        : "(e.process_instance_id is null or e.request_erased_at is null)";
    return jdbc.queryForList("select s.process_instance_id from request_statistics s left join erasure e"
        + " on e.process_instance_id = s.process_instance_id where s.ended_at < ? and " + erased
        + " order by s.ended_at fetch first " + settings.retentionBatch() + " rows only", String.class,
        Timestamp.from(cutoff));
  }

  /**
   * Erases one ended request now, by the same code as the nightly pass: a requester's right to
   * erasure (UU 27/2022 Pasal 43). The status page keeps working (its row holds no personal data), so
   * the requester sees that it was done, and the record of the request for erasure stays as the proof
   * until the archive period ends. The archive keeps its papers until then.
   */
  public void eraseOnRequest(String processInstanceId) {
    Instant now = clock.instant();
    eraseRequests(List.of(processInstanceId), now, true);
    count("request", 1);
    LOG.info("Request {} erased on its requester's request", processInstanceId);
  }

  private void eraseRequests(List<String> ids, Instant now, boolean onRequest) {
    String in = placeholders(ids);
    Object[] args = ids.toArray();
    // The rights requests about these requests (their history holds corrected values and notes), unless
    // this erasure is itself the answer to one.
    List<String> rights = onRequest ? List.of() : endedRightsRequests(in, args);
    List<String> histories = new java.util.ArrayList<>(ids);
    histories.addAll(rights);
    // The engine's own deletion, not a signed-in person's: no authorization check applies.
    AsApplication.run(identity, () -> {
      history.deleteHistoricProcessInstancesIfExists(histories);
      return null;
    });
    if (!onRequest) {
      jdbc.update("delete from public_request where process_instance_id in (" + in + ")", args);
      jdbc.update("delete from data_subject_document where request_instance_id in (" + in + ")", args);
      jdbc.update("update data_subject_request set reply_to = null, answer = null where request_instance_id in (" + in
          + ")", args);
    }
    jdbc.update("delete from survey_invitation where process_instance_id in (" + in + ")", args);
    jdbc.update("update sop_referral set reason = null where process_instance_id in (" + in + ")", args);
    // An incident's letter to a requester names them; that they were told, and how, remains.
    jdbc.update("update data_incident_subject set letter = null where request_instance_id in (" + in + ")", args);
    for (String id : ids) {
      if (jdbc.update("update erasure set request_erased_at = ? where process_instance_id = ?", Timestamp.from(now), id)
          == 0) {
        jdbc.update("insert into erasure (process_instance_id, request_erased_at) values (?,?)", id, Timestamp.from(now));
      }
    }
  }

  private List<String> endedRightsRequests(String in, Object[] args) {
    return jdbc.queryForList("select process_instance_id from data_subject_request where answered_at is not null"
        + " and request_instance_id in (" + in + ")", String.class, args);
  }

  private void eraseArchives(List<String> ids, Instant now) {
    String in = placeholders(ids);
    Object[] args = ids.toArray();
    // What a request for erasure left as its proof, and any correction notes, end with the archive.
    List<String> rights = endedRightsRequests(in, args);
    if (!rights.isEmpty()) {
      AsApplication.run(identity, () -> {
        history.deleteHistoricProcessInstancesIfExists(rights);
        return null;
      });
    }
    jdbc.update("delete from data_subject_document where request_instance_id in (" + in + ")", args);
    jdbc.update("update data_subject_request set reply_to = null, answer = null where request_instance_id in (" + in
        + ")", args);
    jdbc.update("delete from public_request where process_instance_id in (" + in + ")", args);
    jdbc.update("delete from data_incident_subject where request_instance_id in (" + in + ")", args);
    // The record of who read the request is kept as long as its archive, then ends with it.
    jdbc.update("delete from access_log where process_instance_id in (" + in + ")", args);
    jdbc.update("delete from archive_document where process_instance_id in (" + in + ")", args);
    jdbc.update("delete from archive_receipt where process_instance_id in (" + in + ")", args);
    jdbc.update("update erasure set archive_erased_at = ? where process_instance_id in (" + in + ")",
        prepend(Timestamp.from(now), args));
  }

  private void count(String what, int erased) {
    meters.counter(ERASED_METRIC, "what", what).increment(erased);
  }

  private static String placeholders(List<String> ids) {
    return String.join(",", ids.stream().map(id -> "?").toList());
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
