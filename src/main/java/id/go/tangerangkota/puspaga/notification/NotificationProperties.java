package id.go.tangerangkota.puspaga.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code puspaga.notifications.*}: where links point, who the mail is from, how the outbox is
 * sent and retried. SMTP itself is Spring's {@code spring.mail.*}; without {@code spring.mail.host}
 * mails are written to the log instead of being sent.
 */
@ConfigurationProperties("puspaga.notifications")
public record NotificationProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("PUSPAGA Kota Tangerang <noreply@puspaga.example>") String from,
    /** Whether this node runs the sender, the reminder scan and the digest on its own clock. */
    @DefaultValue("true") boolean schedule,
    @DefaultValue("5s") Duration sendInterval,
    @DefaultValue("1m") Duration reminderInterval,
    /** First wait after a failed send; doubled after each failure, up to maxRetryBackoff. */
    @DefaultValue("30s") Duration retryBackoff,
    @DefaultValue("1h") Duration maxRetryBackoff,
    /** Failed sends after which a mail is marked FAILED and no longer tried. */
    @DefaultValue("8") int maxAttempts,
    /** How long a claimed mail is reserved for the node that claimed it; longer than one SMTP send can take. */
    @DefaultValue("5m") Duration claimLease,
    /** Groups whose members get a mail whenever a task becomes available to the group (off by default). */
    @DefaultValue List<String> taskAvailableGroups) {

  /** An address of this application, e.g. {@code link("/survei")}, under the base URL with or without its slash. */
  public String link(String path) {
    return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
  }
}
