package id.go.tangerangkota.puspaga.notification;

import java.util.List;

/**
 * A mail as it waits in the outbox. The dedup key names the event (a breach, a task's reminder for
 * one due date, a day's digest for one person), so that the same event never makes two mails.
 */
public record OutgoingMail(MailKind kind, String dedupKey, List<String> to, List<String> cc, String subject,
    String text, String html, String sender) {

  public OutgoingMail {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  /** From the platform's sender ({@code puspaga.notifications.from}). */
  public OutgoingMail(MailKind kind, String dedupKey, List<String> to, List<String> cc, String subject, String text,
      String html) {
    this(kind, dedupKey, to, cc, subject, text, html, null);
  }

  /** The same mail from an office's own sender (its name and address, docs/offices.md). */
  public OutgoingMail from(String officeSender) {
    return new OutgoingMail(kind, dedupKey, to, cc, subject, text, html, officeSender);
  }
}
