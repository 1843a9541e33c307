package id.go.tangerangkota.puspaga.rights;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables of the process puspaga-hak-subjek-data, as its forms and the status page name them. */
public final class RightsVariables {

  public static final String PROCESS_KEY = "puspaga-hak-subjek-data";
  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String KIND = "rightsKind";
  public static final String CORRECTION_FIELD = "correctionField";
  public static final String CORRECTION_VALUE = "correctionValue";
  public static final String NOTE = "rightsRequestNote";
  public static final String IDENTITY_CHECK = "identityCheck";
  public static final String CHANNEL = "rightsChannel";
  public static final String CHANNEL_TEXT = "rightsChannelText";
  public static final String ANSWER_DUE = "answerDue";
  public static final String ANSWER_DUE_TEXT = "answerDueText";
  public static final String DECISION = "rightsDecision";
  public static final String WITHDRAWAL_ACTION = "withdrawalAction";
  public static final String ANSWER = "rightsAnswer";
  public static final String DECIDED_BY = "rightsDecidedBy";

  public static final String ONLINE = "DARING";
  public static final String COUNTER = "LOKET";
  public static final String GRANTED = "DIKABULKAN";
  public static final String REFUSED = "DITOLAK";
  public static final String SUSPEND = "TANGGUHKAN";
  public static final String END = "AKHIRI";

  /** The fields a requester may have corrected, with their labels. */
  public static final Map<String, String> CORRECTABLE = correctable();

  private RightsVariables() {}

  private static Map<String, String> correctable() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("requesterName", "Nama pemohon");
    fields.put("requesterPhone", "Nomor telepon/WhatsApp");
    fields.put("requesterEmail", "Surel (e-mail)");
    fields.put("requesterInstitution", "Lembaga/instansi");
    fields.put("requesterAddress", "Alamat");
    fields.put("requestBackground", "Latar belakang kebutuhan");
    return java.util.Collections.unmodifiableMap(fields);
  }
}
