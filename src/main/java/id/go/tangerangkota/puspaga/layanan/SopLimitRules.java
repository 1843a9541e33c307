package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * An SOP step's limit is written twice in the model, as Modeler shows it: the user task's due date
 * (what Tasklist, the reminders and the Ketua's figures read) and its timer (what records the
 * breach and what the calendar recalculation moves). Both must say the same; these are the
 * contradictions, in Indonesian, that make a deployment refused.
 */
public final class SopLimitRules {

  /** The expressions an analyst may write, as the messages suggest them. */
  static final String EXPRESSIONS =
      "${sopDeadline.workingDays(n)}, ${sopDeadline.days(n)} atau ${sopDeadline.programEnd(programEndDate)}";

  private SopLimitRules() {}

  /** One message per SOP user task whose limit is missing or contradicts itself; empty when the model is sound. */
  public static List<String> contradictions(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Optional<String> step = SopSteps.property(task, "sopStep");
      if (step.isEmpty()) {
        continue;
      }
      String named = "Tugas " + task.getId() + (task.getName() == null ? "" : " \"" + task.getName() + "\"")
          + " (langkah SOP " + step.get() + ")";
      String due = task.getCamundaDueDate();
      Optional<SopLimit> dueLimit = SopLimit.parse(due);
      Optional<BoundaryEvent> timer = timerAround(task);
      if (dueLimit.isEmpty()) {
        problems.add(named + " tidak memiliki batas waktu pada Due date" + (due == null ? "" : " (tertulis " + due + ")")
            + ": isi Due date dengan " + EXPRESSIONS + ", sama dengan timer-nya.");
        continue;
      }
      if (timer.isEmpty()) {
        problems.add(named + " memiliki batas waktu " + dueLimit.get().text() + " pada Due date (" + due.strip()
            + ") tetapi tidak ada timer yang menegakkannya: pasang timer boundary event dengan Timer " + due.strip() + ".");
        continue;
      }
      String timerExpression = SopLimit.timerExpression(timer.get());
      Optional<SopLimit> timerLimit = SopLimit.parse(timerExpression);
      if (!timerLimit.equals(dueLimit)) {
        problems.add(named + " memiliki batas waktu " + dueLimit.get().text() + " pada Due date (" + due.strip()
            + ") tetapi " + timerLimit.map(SopLimit::text).orElse("lain") + " pada timer " + timer.get().getId()
            + " (" + (timerExpression == null ? "tanpa tanggal" : timerExpression.strip())
            + "). Samakan keduanya, lalu deploy ulang.");
      }
    }
    return problems;
  }

  /** The timer that enforces the task's limit: one on the task itself, else on the nearest subprocess around it. */
  static Optional<BoundaryEvent> timerAround(Activity task) {
    for (ModelElementInstance scope = task; scope instanceof Activity activity; scope = scope.getParentElement()) {
      Optional<BoundaryEvent> timer = activity.getParentElement().getChildElementsByType(BoundaryEvent.class).stream()
          .filter(boundary -> boundary.getAttachedTo() == activity)
          .filter(boundary -> boundary.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
          .findFirst();
      if (timer.isPresent()) {
        return timer;
      }
    }
    return Optional.empty();
  }
}
