package id.go.tangerangkota.puspaga.layanan;

/** The process's key and the variable names that tools, forms and later steps rely on. */
public final class LayananInformasi {

  public static final String PROCESS_KEY = "puspaga-layanan-informasi";

  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String REQUESTER_NAME = "requesterName";
  public static final String REQUESTER_PHONE = "requesterPhone";
  public static final String REQUESTER_EMAIL = "requesterEmail";
  public static final String TOPIC = "topic";
  public static final String REQUEST_BACKGROUND = "requestBackground";
  public static final String REQUEST_CHANNEL = "requestChannel";
  public static final String SERVICE_TYPE = "serviceType";
  public static final String DISPOSITION_NOTES = "dispositionNotes";
  public static final String REFERRAL_REASON = "referralReason";
  public static final String REGISTERED_BY = "registeredBy";
  public static final String COORDINATOR = "coordinator";
  public static final String PROGRAM_TITLE = "programTitle";
  public static final String PROGRAM_OBJECTIVE = "programObjective";
  public static final String PROGRAM_END_DATE = "programEndDate";
  public static final String ACTIVITIES = "activities";
  public static final String ACTIVITIES_SUMMARY = "activitiesSummary";
  public static final String WORK_PROGRAM_APPROVED = "workProgramApproved";
  public static final String WORK_PROGRAM_APPROVED_AT = "workProgramApprovedAt";
  public static final String WORK_PROGRAM_APPROVED_BY = "workProgramApprovedBy";
  public static final String REVIEW_NOTES = "reviewNotes";
  public static final String ACTIVITY_TITLE = "activityTitle";
  public static final String ACTIVITY_DATE = "activityDate";
  public static final String ACTIVITY_HELD_ON = "activityHeldOn";
  public static final String ACTIVITY_PARTICIPANTS = "activityParticipants";
  public static final String ACTIVITY_EXECUTOR = "activityExecutor";
  public static final String ACTIVITY_SUMMARY = "activitySummary";
  public static final String ACTIVITY_OUTCOME = "activityOutcome";
  public static final String ACTIVITY_REPORTS = "activityReports";
  public static final String ACTIVITY_REPORTS_SUMMARY = "activityReportsSummary";
  public static final String SOP_BREACHES = "sopBreaches";

  public static final String SERVICE_INFORMASI = "INFORMASI";
  public static final String SERVICE_KONSELING = "KONSELING";
  public static final String SERVICE_PENJANGKAUAN = "PENJANGKAUAN";

  /** The topic as the forms and documents name it. */
  public static String topicLabel(String topic) {
    return switch (topic) {
      case "PENGASUHAN" -> "Pengasuhan";
      case "HAK_ANAK" -> "Pemenuhan hak anak";
      default -> topic;
    };
  }

  /** The channel a request came by, as the start form names it. */
  public static String channelLabel(String channel) {
    return switch (String.valueOf(channel)) {
      case "DATANG_LANGSUNG" -> "Datang langsung";
      case "TELEPON" -> "Telepon";
      case "WHATSAPP" -> "WhatsApp";
      case "SURAT" -> "Surat";
      case "EMAIL" -> "Surel (e-mail)";
      case "MEDIA_SOSIAL" -> "Media sosial";
      case "RUJUKAN_LEMBAGA" -> "Rujukan lembaga lain";
      case "ONLINE" -> "Formulir daring";
      default -> "";
    };
  }

  private LayananInformasi() {}
}
