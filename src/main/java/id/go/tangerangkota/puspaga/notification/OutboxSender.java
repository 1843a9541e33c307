package id.go.tangerangkota.puspaga.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, one claimed row at a time, never inside a business transaction: a
 * task completion never waits for, or fails because of, SMTP. Without an SMTP server configured
 * (the demo), each mail is written to the log and marked LOGGED.
 */
@Component
public class OutboxSender {

  /** Names the outbox row in every mail sent, so that a receiver (or a test) can tell a resend. */
  public static final String OUTBOX_ID_HEADER = "X-Puspaga-Outbox-Id";
  /** The kind of mail (BREACH, REMINDER, DIGEST, TASK_AVAILABLE), for mail filters. */
  public static final String KIND_HEADER = "X-Puspaga-Mail-Kind";

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> smtp;
  private final NotificationProperties settings;
  private final String node;

  public OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> smtp, NotificationProperties settings,
      @Value("${camunda.bpm.generic-properties.properties.hostname:}") String engineHostName) {
    this.outbox = outbox;
    this.smtp = smtp;
    this.settings = settings;
    // The node's name as the engine's job log gives it, made unique per start.
    this.node = (engineHostName.isBlank() ? hostName() : engineHostName) + "/" + UUID.randomUUID();
  }

  /**
   * Sends every mail that is due now, in batches until none is left that this node can claim;
   * returns how many this node sent (or logged). A failed mail waits for its back-off, so it is
   * not due again in this round.
   */
  public int sendDue() {
    int sent = 0;
    while (true) {
      List<String> due = outbox.due(BATCH);
      int claimed = 0;
      for (String id : due) {
        if (outbox.claim(id, node, settings.claimLease())) {
          claimed++;
          if (send(outbox.row(id))) {
            sent++;
          }
        }
      }
      if (claimed == 0) {
        return sent;
      }
    }
  }

  private boolean send(Map<String, Object> row) {
    String id = (String) row.get("id");
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      LOG.info("No SMTP server configured (spring.mail.host); mail {} {} to {} cc {}: {}\n{}", row.get("kind"), id,
          row.get("recipients"), row.get("cc"), row.get("subject"), row.get("text_body"));
      outbox.markDone(id, node, MailOutbox.LOGGED);
      return true;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      // The office's own sender when the mail is about one office's request, else the platform's.
      String from = (String) row.get("sender");
      helper.setFrom(new InternetAddress(from == null || from.isBlank() ? settings.from() : from, true));
      helper.setTo(addresses((String) row.get("recipients")));
      String cc = (String) row.get("cc");
      if (cc != null && !cc.isBlank()) {
        helper.setCc(addresses(cc));
      }
      helper.setSubject((String) row.get("subject"));
      helper.setText((String) row.get("text_body"), (String) row.get("html_body"));
      message.setHeader(OUTBOX_ID_HEADER, id);
      message.setHeader(KIND_HEADER, (String) row.get("kind"));
      sender.send(message);
    } catch (Exception e) {
      // Kept for the next attempt; a completed task is never affected by this.
      LOG.warn("Mail {} ({}) not sent, will retry: {}", id, row.get("subject"), e.toString());
      outbox.recordFailure(id, node, e.toString(), settings);
      return false;
    }
    outbox.markDone(id, node, MailOutbox.SENT);
    return true;
  }

  private static String[] addresses(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toArray(String[]::new);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "node";
    }
  }
}
