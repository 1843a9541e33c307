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

  private final CurrentUser currentUser;

  public ValidateRegistrationListener(CurrentUser currentUser) {
    this.currentUser = currentUser;
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
    RequiredText.oneOf(task, REQUEST_CHANNEL, "Saluran permohonan", CHANNELS);
    String serviceType = RequiredText.oneOf(task, SERVICE_TYPE, "Jenis layanan", SERVICE_TYPES);
    if (SERVICE_INFORMASI.equals(serviceType)) {
      RequiredText.of(task, DISPOSITION_NOTES, "Isi disposisi kepada koordinator");
    } else {
      RequiredText.of(task, REFERRAL_REASON, "Alasan rujukan");
    }
    task.setVariable(REGISTERED_BY, currentUser.of(task));
  }
}
