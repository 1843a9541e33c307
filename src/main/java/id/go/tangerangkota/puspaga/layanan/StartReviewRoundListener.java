package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REVIEW_NOTES;

import id.go.tangerangkota.puspaga.shared.JsonListVariable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * SOP step 4, each round starts empty: the Ketua's notes of an earlier round are shown read-only
 * with their dates ({@code reviewHistory}), and her notes field starts blank, so that approving a
 * revised program never keeps the old "send back" text on record. The rounds themselves are kept
 * by the decision's listener ({@link ValidateReviewListener}).
 */
@Component("startReviewRoundListener")
public class StartReviewRoundListener implements TaskListener {

  public static final String REVIEW_ROUNDS = "reviewRounds";
  public static final String REVIEW_HISTORY = "reviewHistory";

  @Override
  public void notify(DelegateTask task) {
    // The previous round's notes were read by the coordinator and printed on the work program
    // form before this task began; they stay in reviewRounds, shown below.
    task.getExecution().getProcessInstance().setVariable(REVIEW_NOTES, null);
    List<Object> rounds = JsonListVariable.read(task.getExecution(), REVIEW_ROUNDS);
    if (!rounds.isEmpty()) {
      task.setVariableLocal(REVIEW_HISTORY, rounds.stream().map(StartReviewRoundListener::line)
          .collect(Collectors.joining("\n\n")));
    }
  }

  @SuppressWarnings("unchecked")
  private static String line(Object item) {
    Map<String, Object> round = (Map<String, Object>) item;
    boolean approved = Boolean.TRUE.equals(round.get("approved"));
    Object notes = round.get("notes");
    return "Putaran " + round.get("round") + ", " + round.get("reviewedOn") + " (" + round.get("by") + "): "
        + (approved ? "disetujui" : "dikembalikan untuk direvisi")
        + (notes == null || notes.toString().isBlank() ? "." : ". Catatan: " + notes);
  }
}
