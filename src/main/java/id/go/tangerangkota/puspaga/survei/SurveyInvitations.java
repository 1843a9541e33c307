package id.go.tangerangkota.puspaga.survei;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUESTER_EMAIL;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUEST_CHANNEL;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.shared.CrockfordCodes;
import id.go.tangerangkota.puspaga.notification.MailKind;
import id.go.tangerangkota.puspaga.notification.MailOutbox;
import id.go.tangerangkota.puspaga.notification.MailTemplates;
import id.go.tangerangkota.puspaga.notification.NotificationProperties;
import id.go.tangerangkota.puspaga.notification.OutgoingMail;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The invitation to the survey when a request ends (the model's message end events): one per
 * request, its code kept only as a hash, and the closing mail with the survey's link when the
 * requester gave an e-mail address. Written in the transaction that ends the request, so an end
 * that rolls back invites nobody.
 */
@Service
public class SurveyInvitations {

  /** An invitation as the survey page, the status page and the slip need it. */
  public record Invitation(String processInstanceId, String registrationNumber, YearMonth serviceMonth, boolean used,
      String office) {

    public String serviceMonthLabel() {
      return SurveyPeriod.monthLabel(serviceMonth);
    }
  }

  private static final String COLUMNS = "process_instance_id, registration_number, service_month, used, office_id";

  private final JdbcTemplate jdbc;
  private final SurveyCodes codes;
  private final MailOutbox outbox;
  private final MailTemplates mails;
  private final OfficeRegistry offices;
  private final NotificationProperties links;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public SurveyInvitations(JdbcTemplate jdbc, SurveyCodes codes, MailOutbox outbox, MailTemplates mails,
      OfficeRegistry offices, NotificationProperties links, WorkingDayCalendar calendar, Clock clock) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.outbox = outbox;
    this.mails = mails;
    this.offices = offices;
    this.links = links;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Invites the requester of an ending request; a second call for the same request does nothing. */
  public void invite(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    if (find(instance).isPresent()) {
      return;
    }
    String number = (String) execution.getVariable(REGISTRATION_NUMBER);
    String code = codes.of(instance);
    YearMonth month = YearMonth.now(clock.withZone(calendar.zone()));
    Office office = offices.of(execution.getTenantId());
    jdbc.update("insert into survey_invitation (process_instance_id, registration_number, code_sha256, service_month,"
            + " channel, used, office_id) values (?,?,?,?,?,?,?)",
        instance, number, CrockfordCodes.sha256(code), month.toString(), (String) execution.getVariable(REQUEST_CHANNEL), false,
        office.id());
    Object email = execution.getVariable(REQUESTER_EMAIL);
    String dedup = "survey-invitation:" + instance;
    if (email instanceof String address && !address.isBlank() && !outbox.exists(dedup)) {
      Map<String, Object> model = new HashMap<>();
      model.put("office", office.letterhead());
      model.put("number", number);
      model.put("month", SurveyPeriod.monthLabel(month));
      model.put("surveyLink", link(code));
      model.put("code", code);
      var mail = mails.render("permohonan-selesai", model);
      outbox.enqueue(new OutgoingMail(MailKind.SURVEY_INVITATION, dedup, List.of(address.strip()), List.of(),
          mail.subject(), mail.text(), mail.html()).from(office.mailSender()));
    }
  }

  public Optional<Invitation> find(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from survey_invitation where process_instance_id = ?", this::invitation,
        processInstanceId).stream().findFirst();
  }

  public Optional<Invitation> byRegistrationNumber(String registrationNumber) {
    String number = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase();
    return jdbc.query("select " + COLUMNS + " from survey_invitation where registration_number = ?", this::invitation,
        number).stream().findFirst();
  }

  /** The invitation a typed code belongs to, used or not. */
  public Optional<Invitation> byCode(String code) {
    return jdbc.query("select " + COLUMNS + " from survey_invitation where code_sha256 = ?", this::invitation,
        CrockfordCodes.sha256(code)).stream().findFirst();
  }

  /** The code of an invited request, to show to its requester (status page, slip). */
  public String codeOf(Invitation invitation) {
    return codes.of(invitation.processInstanceId());
  }

  /** The survey's address with the code filled in: what the mail, the status page and the QR code carry. */
  public String link(String code) {
    return links.link("/survei?kode=" + code);
  }

  /** An office's published results; the default office's are at the page without a choice. */
  public String resultsLink(Office office) {
    return links.link("/survei/hasil" + (office.id().equals(offices.defaultOfficeId()) ? ""
        : "?kantor=" + office.publicPath()));
  }

  /** The offices' requests ended (so invited) in these months: the population the sample is measured against. */
  public int population(SurveyPeriod period, OfficeFilter offices) {
    Integer count = jdbc.queryForObject("select count(*) from survey_invitation where service_month between ? and ? and "
        + offices.sql("office_id"), Integer.class, period.first().toString(), period.last().toString());
    return count == null ? 0 : count;
  }

  private Invitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Invitation(rs.getString("process_instance_id"), rs.getString("registration_number"),
        YearMonth.parse(rs.getString("service_month")), rs.getBoolean("used"), rs.getString("office_id"));
  }
}
