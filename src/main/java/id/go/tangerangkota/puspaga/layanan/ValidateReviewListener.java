package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** SOP step 4: the Ketua's decision; a rejection must say what to revise. */
@Component("validateReviewListener")
public class ValidateReviewListener implements TaskListener {

  private final WorkProgramRules rules;
  private final Clock clock;
  private final CurrentUser currentUser;

  public ValidateReviewListener(WorkProgramRules rules, Clock clock, CurrentUser currentUser) {
    this.rules = rules;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean approved = decision(task.getVariable(WORK_PROGRAM_APPROVED));
    Object notes = task.getVariable(REVIEW_NOTES);
    if (!approved && (notes == null || notes.toString().isBlank())) {
      throw new SubmissionRejectedException(
          "Catatan Ketua (reviewNotes) wajib diisi bila program kerja dikembalikan: tuliskan apa yang harus direvisi koordinator.");
    }
    if (approved) {
      rules.checkApprovable(task.getVariable(PROGRAM_END_DATE));
      task.setVariable(WORK_PROGRAM_APPROVED_AT, Date.from(clock.instant()));
      // The Surat Tugas is signed off in the approving Ketua's name.
      task.setVariable(WORK_PROGRAM_APPROVED_BY, currentUser.of(task));
    }
    task.setVariable(WORK_PROGRAM_APPROVED, approved);
  }

  private static boolean decision(Object value) {
    if (value instanceof Boolean decision) {
      return decision;
    }
    // Tasklist's radio buttons submit "true"/"false" as text.
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new SubmissionRejectedException(
        "Keputusan (workProgramApproved) wajib dipilih: setujui program kerja atau kembalikan untuk direvisi.");
  }
}
