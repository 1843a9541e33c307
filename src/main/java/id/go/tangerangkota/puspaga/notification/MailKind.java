package id.go.tangerangkota.puspaga.notification;

/** What caused a mail; the metrics and the digest count by it. */
public enum MailKind {
  BREACH,
  REMINDER,
  DIGEST,
  TASK_AVAILABLE
}
