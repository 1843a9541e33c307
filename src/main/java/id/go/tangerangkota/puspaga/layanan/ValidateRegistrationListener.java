package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** SOP step 1: a registered request is complete and says where it goes. */
@Component("validateRegistrationListener")
public class ValidateRegistrationListener implements TaskListener {

  static final Set<String> TOPICS = Set.of("PENGASUHAN", "HAK_ANAK");
  static final Set<String> CHANNELS =
      Set.of("DATANG_LANGSUNG", "TELEPON", "WHATSAPP", "SURAT", "EMAIL", "MEDIA_SOSIAL", "RUJUKAN_LEMBAGA", "ONLINE");
  static final Set<String> SERVICE_TYPES = Set.of(SERVICE_INFORMASI, SERVICE_KONSELING, SERVICE_PENJANGKAUAN);
  public static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,20}");

  /** How consent was given at the counter or by phone: a signed form, or spoken and noted by the officer. */
  static final Set<String> CONSENT_KINDS = Set.of("TERTULIS", "LISAN");
  static final String CONSENT_GIVEN = "personalDataConsentGiven";
  /** The consent record: for online requests the text's version and time, otherwise how, when and who noted it. */
  public static final String PERSONAL_DATA_CONSENT = "personalDataConsent";
  private static final String ONLINE = "ONLINE";

  private final CurrentUser currentUser;
  private final java.time.Clock clock;

  public ValidateRegistrationListener(CurrentUser currentUser, java.time.Clock clock) {
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    RequiredText.of(task, REQUESTER_NAME, "Nama pemohon");
    String phone = RequiredText.of(task, REQUESTER_PHONE, "Nomor telepon pemohon");
    if (!PHONE.matcher(phone).matches()) {
      throw new SubmissionRejectedException(
          "Nomor telepon pemohon (requesterPhone) hanya boleh berisi angka, spasi, +, - dan tanda kurung, 6 sampai 20 karakter.");
    }
    RequiredText.oneOf(task, TOPIC, "Topik", TOPICS);
    RequiredText.of(task, REQUEST_BACKGROUND, "Latar belakang kebutuhan");
    String channel = RequiredText.oneOf(task, REQUEST_CHANNEL, "Saluran permohonan", CHANNELS);
    if (!ONLINE.equals(channel) && task.getVariable(PERSONAL_DATA_CONSENT) == null) {
      // At the counter or by phone: Admin records how consent was given (UU 27/2022 Pasal 20, 25).
      String how = RequiredText.oneOf(task, CONSENT_GIVEN, "Persetujuan pemrosesan data pribadi", CONSENT_KINDS);
      Object version = task.getVariable("personalDataConsentVersion");
      task.setVariable(PERSONAL_DATA_CONSENT, how + (version == null ? "" : " " + version) + " " + clock.instant() + " "
          + currentUser.of(task));
    }
    String serviceType = RequiredText.oneOf(task, SERVICE_TYPE, "Jenis layanan", SERVICE_TYPES);
    if (SERVICE_INFORMASI.equals(serviceType)) {
      RequiredText.of(task, DISPOSITION_NOTES, "Isi disposisi kepada koordinator");
    } else {
      RequiredText.of(task, REFERRAL_REASON, "Alasan rujukan");
    }
    task.setVariable(REGISTERED_BY, currentUser.of(task));
  }
}
