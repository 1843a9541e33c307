package id.go.tangerangkota.puspaga.report;

import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import id.go.tangerangkota.puspaga.shared.JsonListVariable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * Generates one of the SOP's documents for a process instance: numbers it, renders its template
 * with the instance's variables, stores it as a file variable (Cockpit offers it for download,
 * the next task's actor opens it) and lists it in the instance variable {@code documents}.
 */
@Service
public class DocumentService {

  public static final String DOCUMENTS = "documents";
  private static final IndonesianDates DATES = new IndonesianDates();

  private final PdfRenderer renderer;
  private final DocumentNumbering numbering;
  private final OfficeRegistry offices;
  private final Clock clock;
  private final WorkingDayCalendar calendar;

  public DocumentService(PdfRenderer renderer, DocumentNumbering numbering, OfficeRegistry offices, Clock clock,
      WorkingDayCalendar calendar) {
    this.renderer = renderer;
    this.numbering = numbering;
    this.offices = offices;
    this.clock = clock;
    this.calendar = calendar;
  }

  public GeneratedDocument generate(DocumentType type, DelegateExecution execution) {
    return generate(type, execution, Map.of());
  }

  /** Generates with extra template values, e.g. the list of archived documents of a receipt. */
  public GeneratedDocument generate(DocumentType type, DelegateExecution execution, Map<String, Object> extra) {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    Office office = offices.of(execution.getTenantId());
    String number = numbering.next(office.id(), type, today);
    Map<String, Object> model = new HashMap<>();
    execution.getVariables().forEach((name, value) -> model.put(name, plain(value)));
    model.put("dates", DATES);
    model.put("requestChannelLabel",
        id.go.tangerangkota.puspaga.layanan.LayananInformasi.channelLabel((String) execution.getVariable("requestChannel")));
    model.putAll(extra);
    model.put("documentNumber", number);
    model.put("documentTitle", type.title());
    model.put("documentDate", today.format(INDONESIAN_DATE));
    model.put("office", office.letterhead());
    model.put("businessKey", execution.getProcessBusinessKey());
    model.put("registeredByName", fullName(execution, (String) execution.getVariable("registeredBy")));
    model.put("coordinatorName", fullName(execution, (String) execution.getVariable("coordinator")));
    model.put("approvedByName", fullName(execution, (String) execution.getVariable("workProgramApprovedBy")));
    byte[] pdf = renderer.render(type.template(), model);
    List<Object> documents = listed(execution);
    long sameType = documents.stream().filter(d -> type.name().equals(((Map<?, ?>) d).get("type"))).count();
    String variable = sameType == 0 ? type.variable() : type.variable() + (sameType + 1);
    GeneratedDocument document = new GeneratedDocument(type, number, variable, type.name().toLowerCase().replace('_', '-') + "-"
        + number.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", pdf.length, sha256(pdf));
    execution.getProcessInstance().setVariable(variable,
        Variables.fileValue(document.fileName()).file(pdf).mimeType("application/pdf").create());
    list(execution, documents, document, today, sameType + 1);
    return document;
  }

  /** The documents generated so far for this instance, as listed in the variable {@code documents}. */
  public static List<Object> listed(DelegateExecution execution) {
    return JsonListVariable.read(execution, DOCUMENTS);
  }

  private static Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      return json.isArray() ? json.mapTo(List.class) : json.isObject() ? json.mapTo(Map.class) : json.toString();
    }
    return value;
  }

  /**
   * Lists the document with what tells two of the same kind apart in Tasklist's Dokumen tab: its
   * date, its round (the n-th of its kind in this request) and, for an activity report, its activity.
   */
  private static void list(DelegateExecution execution, List<Object> documents, GeneratedDocument document,
      LocalDate date, long round) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", document.type().name());
    entry.put("title", document.type().title());
    entry.put("number", document.number());
    entry.put("variable", document.variable());
    entry.put("fileName", document.fileName());
    entry.put("size", document.size());
    entry.put("sha256", document.sha256());
    entry.put("date", date.toString());
    entry.put("dateText", date.format(INDONESIAN_DATE));
    entry.put("round", round);
    if (document.type() == DocumentType.LAPORAN_KEGIATAN && execution.getVariable("activityTitle") != null) {
      entry.put("activityTitle", String.valueOf(execution.getVariable("activityTitle")));
    }
    documents.add(entry);
    JsonListVariable.write(execution, DOCUMENTS, documents);
  }

  /** The user's name from the user directory, or the id when the directory does not know it. */
  public static String fullName(DelegateExecution execution, String userId) {
    return fullName(execution.getProcessEngineServices().getIdentityService(), userId);
  }

  public static String fullName(org.camunda.bpm.engine.IdentityService identity, String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId
        : (java.util.Objects.toString(user.getFirstName(), "") + " " + java.util.Objects.toString(user.getLastName(), "")).strip();
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
