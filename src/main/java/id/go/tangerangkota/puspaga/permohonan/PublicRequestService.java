package id.go.tangerangkota.puspaga.permohonan;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.PROCESS_KEY;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUEST_CHANNEL;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.notification.MailKind;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeOfNewRequest;
import id.go.tangerangkota.puspaga.office.OfficeModels;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.notification.MailOutbox;
import id.go.tangerangkota.puspaga.notification.OutgoingMail;
import id.go.tangerangkota.puspaga.rights.RightsRequests;
import id.go.tangerangkota.puspaga.rights.RightsVariables;
import id.go.tangerangkota.puspaga.shared.CrockfordCodes;
import id.go.tangerangkota.puspaga.survei.SurveyInvitations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request from the public: started as channel ONLINE by a technical identity (never a member of
 * staff), with a random status code (100 bits) that is shown once, mailed when an e-mail address
 * was given, and kept only as a hash; and what the status page may say about it: the SOP step in
 * plain words and the dates, never notes, staff names or anyone else's data.
 */
@Service
public class PublicRequestService {

  /** Who starts online requests (the engine's start user); granted only to start the process. */
  public static final String TECHNICAL_USER = "permohonan-daring";
  public static final String ONLINE = "ONLINE";

  private static final String NO_SUCH_HASH = "0".repeat(64);

  /** The answer to a submission. */
  public record Submitted(String registrationNumber, String statusCode, boolean mailed) {}

  /** What the status page shows. */
  public record Status(String registrationNumber, String submittedOn, String now, List<Step> done, boolean ended,
      Survey survey, List<Right> rights) {}

  /** A request over the requester's data, as the status page lists it. */
  public record Right(String kind, String requestedAt, String dueAt, String state, String answer,
      List<RightsRequests.Download> downloads) {}

  /** The survey of an ended request: its link (with the one-use code) and whether it was answered. */
  public record Survey(String link, String code, boolean answered) {}

  public record Step(String what, String on) {}

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final MailOutbox outbox;
  private final PublicPages pages;
  private final PublicSentences sentences;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final SurveyInvitations invitations;
  private final ConsentTexts consents;
  private final RightsRequests rights;
  private final OfficeRegistry offices;
  private final OfficeModels models;
  private final SecureRandom random = new SecureRandom();

  public PublicRequestService(RuntimeService runtime, HistoryService history, IdentityService identity,
      JdbcTemplate jdbc, PlatformTransactionManager transactions, MailOutbox outbox, PublicPages pages,
      PublicSentences sentences, WorkingDayCalendar calendar, Clock clock, SurveyInvitations invitations,
      ConsentTexts consents, RightsRequests rights, OfficeRegistry offices, OfficeModels models) {
    this.offices = offices;
    this.models = models;
    this.rights = rights;
    this.invitations = invitations;
    this.consents = consents;
    this.sentences = sentences;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.outbox = outbox;
    this.pages = pages;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Starts the office's request, records its status code and writes the receipt mail: all or nothing. */
  public Submitted submit(PublicRequestForm form, String statusPageUrl, Office office) {
    String code = statusCode();
    String consent = consents.current().version();
    return transaction.execute(status -> {
      Map<String, Object> variables = new HashMap<>(form.values());
      variables.put(REQUEST_CHANNEL, ONLINE);
      variables.put("personalDataConsent", consent + " " + clock.instant());
      variables.put(OfficeOfNewRequest.OFFICE_ID, office.id());
      String instance;
      // As the office whose page it is: the request is that office's.
      identity.setAuthentication(TECHNICAL_USER, List.of(), List.of(office.id()));
      try {
        instance = runtime.createProcessInstanceById(models.latest(PROCESS_KEY, office.id()).getId())
            .setVariables(variables).execute().getId();
      } finally {
        identity.clearAuthentication();
      }
      String number = (String) runtime.getVariable(instance, REGISTRATION_NUMBER);
      jdbc.update("insert into public_request (registration_number, process_instance_id, status_code_sha256,"
              + " consent_text_version, submitted_at, office_id) values (?,?,?,?,?,?)",
          number, instance, hash(code), consent, Timestamp.from(clock.instant()), office.id());
      String email = form.values().get("requesterEmail");
      if (email != null) {
        var mail = pages.receiptMail(office, number, code, form.values().get("requesterName"), statusPageUrl);
        outbox.enqueue(new OutgoingMail(MailKind.PUBLIC_RECEIPT, "receipt:" + number, List.of(email), List.of(),
            mail.subject(), mail.text(), mail.html()).from(office.mailSender()));
      }
      return new Submitted(number, code, email != null);
    });
  }

  /**
   * The status of a request, only with its status code. An unknown number and a wrong code take
   * the same path (a lookup and a hash comparison) and give the same empty answer.
   */
  public Optional<Status> status(String registrationNumber, String statusCode, Office office) {
    return proven(registrationNumber, statusCode).filter(row -> office.id().equals(row.office())).map(row -> statusOf(row.number(), row.instance(),
        java.util.Date.from(row.submittedAt())));
  }

  /** The status of a request already proven. */
  Status status(Proven proven) {
    return statusOf(proven.number(), proven.instance(), java.util.Date.from(proven.submittedAt()));
  }

  /** A request proven to be the caller's by its number and status code. */
  record Proven(String number, String instance, java.time.Instant submittedAt, String office) {}

  /**
   * The request, only with its status code. An unknown number and a wrong code take the same path
   * (a lookup and a hash comparison) and give the same empty answer.
   */
  Optional<Proven> proven(String registrationNumber, String statusCode) {
    String number = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase();
    String code = normalise(statusCode);
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select process_instance_id, status_code_sha256, submitted_at, office_id from public_request"
            + " where registration_number = ?",
        number);
    String expected = rows.isEmpty() ? NO_SUCH_HASH : (String) rows.get(0).get("status_code_sha256");
    boolean matches = MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
        expected.getBytes(StandardCharsets.US_ASCII));
    if (!matches || rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Proven(number, (String) rows.get(0).get("process_instance_id"),
        id.go.tangerangkota.puspaga.system.DatabaseTimes.instant(rows.get(0).get("submitted_at")),
        (String) rows.get(0).get("office_id")));
  }

  private Status statusOf(String number, String instance, java.util.Date submitted) {
    List<Right> asked = rights.of(instance).stream().map(this::right).toList();
    var erased = rights.erasedAt(instance);
    if (erased.isPresent()) {
      return new Status(number, day(submitted), "Data pribadi permohonan ini sudah dihapus pada "
          + day(java.util.Date.from(erased.get())) + ".", List.of(), true, null, asked);
    }
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityType("userTask").orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    Map<String, Step> done = new LinkedHashMap<>();
    String now = "Sedang diproses";
    for (HistoricActivityInstance activity : activities) {
      String key = activity.getActivityId();
      String definition = activity.getProcessDefinitionId();
      if (activity.getEndTime() != null && !activity.isCanceled()) {
        done.remove(key);
        done.put(key, new Step(sentences.done(definition, key, activity.getActivityName()), day(activity.getEndTime())));
      } else if (activity.getEndTime() == null) {
        now = sentences.now(definition, key, activity.getActivityName());
      }
    }
    HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    boolean ended = process != null && process.getEndTime() != null;
    if (ended) {
      String end = process.getEndActivityId();
      now = sentences.ended(process.getProcessDefinitionId(), end, endName(instance, end));
    }
    Survey survey = !ended ? null : invitations.find(instance).map(invitation -> {
      String code = invitations.codeOf(invitation);
      return new Survey(invitations.link(code), code, invitation.used());
    }).orElse(null);
    return new Status(number, day(submitted), now, new ArrayList<>(done.values()), ended, survey, asked);
  }

  private Right right(RightsRequests.Summary summary) {
    String state = summary.answeredAt() == null ? "Sedang diperiksa Pejabat Pelindungan Data Pribadi"
        : (RightsVariables.GRANTED.equals(summary.decision()) ? "Dikabulkan" : "Ditolak") + " pada "
            + rights.when(summary.answeredAt());
    return new Right(summary.kind().label(), rights.when(summary.requestedAt()), rights.when(summary.dueAt()), state,
        summary.answer(), summary.downloads());
  }

  private String endName(String instance, String endActivityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(endActivityId).list()
        .stream().map(HistoricActivityInstance::getActivityName).findFirst().orElse(null);
  }

  private String day(java.util.Date date) {
    return INDONESIAN_DATE.format(date.toInstant().atZone(calendar.zone()));
  }

  /** 20 characters of Crockford's base 32 (100 random bits), in groups of four. */
  private String statusCode() {
    return CrockfordCodes.random(random, 20);
  }

  static String normalise(String code) {
    return CrockfordCodes.normalise(code);
  }

  static String hash(String code) {
    return CrockfordCodes.sha256(code);
  }
}
