package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;
import static id.go.tangerangkota.puspaga.shared.IndonesianDates.INDONESIAN_DATE;

import id.go.tangerangkota.puspaga.shared.JsonListVariable;
import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    // This round's notes (the field started blank: StartReviewRoundListener) are the request's, and
    // the round is kept with its date for the next review.
    String written = notes == null || notes.toString().isBlank() ? null : notes.toString();
    var request = task.getExecution().getProcessInstance();
    request.setVariable(REVIEW_NOTES, written);
    List<Object> rounds = JsonListVariable.read(task.getExecution(), StartReviewRoundListener.REVIEW_ROUNDS);
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("round", rounds.size() + 1);
    round.put("reviewedOn", rules.today().format(INDONESIAN_DATE));
    round.put("by", currentUser.of(task));
    round.put("approved", approved);
    round.put("notes", written);
    JsonListVariable.append(task.getExecution(), StartReviewRoundListener.REVIEW_ROUNDS, round);
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
