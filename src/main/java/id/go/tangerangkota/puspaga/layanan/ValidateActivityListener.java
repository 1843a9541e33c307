package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;
import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** SOP step 5: an activity is recorded as held on a real day, with a real number of participants. */
@Component("validateActivityListener")
public class ValidateActivityListener implements TaskListener {

  private final WorkProgramRules rules;

  public ValidateActivityListener(WorkProgramRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate heldOn = rules.isoDate(task.getVariable(ACTIVITY_HELD_ON), "Tanggal pelaksanaan (activityHeldOn)");
    if (heldOn.isAfter(rules.today())) {
      throw new SubmissionRejectedException(
          "Tanggal pelaksanaan (" + heldOn.format(INDONESIAN_DATE) + ") belum terjadi: catat kegiatan setelah dilaksanakan.");
    }
    // An activity is carried out under an approved program (Surat Tugas): a date before the approval,
    // and so before the request was registered, is a date entered wrongly (e.g. month and day swapped).
    if (task.getVariable(WORK_PROGRAM_APPROVED_AT) instanceof java.util.Date approvedAt) {
      LocalDate approvedOn = rules.dateOf(approvedAt);
      if (heldOn.isBefore(approvedOn)) {
        throw new SubmissionRejectedException("Tanggal pelaksanaan (" + heldOn.format(INDONESIAN_DATE)
            + ") lebih awal dari persetujuan program kerja (" + approvedOn.format(INDONESIAN_DATE)
            + "): kegiatan dilaksanakan sesudah program disetujui. Periksa tanggalnya, ditulis tanggal/bulan/tahun"
            + " (HH/BB/TTTT).");
      }
    }
    Object participants = task.getVariable(ACTIVITY_PARTICIPANTS);
    if (!(participants instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new SubmissionRejectedException("Jumlah peserta (activityParticipants) wajib diisi dengan bilangan bulat 0 atau lebih.");
    }
    RequiredText.of(task, ACTIVITY_EXECUTOR, "Pelaksana kegiatan");
    task.setVariable(ACTIVITY_HELD_ON, heldOn.toString());
  }
}
