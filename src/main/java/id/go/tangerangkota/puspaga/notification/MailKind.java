package id.go.tangerangkota.puspaga.notification;

/** What caused a mail; the metrics and the digest count by it. */
public enum MailKind {
  BREACH,
  REMINDER,
  DIGEST,
  TASK_AVAILABLE,
  /** To a member of the public who asked online and gave an e-mail address: the number and status code. */
  PUBLIC_RECEIPT,
  /** To a requester with an e-mail address when the request ends: the survey's link and code. */
  SURVEY_INVITATION,
  /** To the data protection officer, the Ketua in copy: a requester asked for a right over their data, or an incident. */
  PERSONAL_DATA,
  /** To a requester: the answer to their request over their personal data, or the notice of an incident. */
  PERSONAL_DATA_ANSWER
}
