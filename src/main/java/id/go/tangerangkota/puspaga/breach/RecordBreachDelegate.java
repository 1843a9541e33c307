package id.go.tangerangkota.puspaga.breach;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.PROGRAM_END_DATE;

import id.go.tangerangkota.puspaga.calendar.SopDeadline;
import id.go.tangerangkota.puspaga.layanan.SopSteps;
import java.time.Clock;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Follows a non-interrupting SOP timer: in the model, a start listener on the end event
 * "Pelanggaran dicatat" that the timer leads to (one element per limit, not a task and an end
 * event). Which step was breached is read from the model (the timer this element follows, the
 * activity it sits on, that activity's {@code sopStep} property), so one generic delegate serves
 * every timer and an analyst adds a timer without touching Java. Also usable as a service task.
 */
@Component("recordBreachDelegate")
public class RecordBreachDelegate implements JavaDelegate, ExecutionListener {

  private static final String LOOP_COUNTER = "loopCounter";

  private final BreachService breaches;
  private final SopDeadline sopDeadline;
  private final Clock clock;
  private final BreachNotification notification;

  public RecordBreachDelegate(BreachService breaches, SopDeadline sopDeadline, Clock clock,
      BreachNotification notification) {
    this.breaches = breaches;
    this.notification = notification;
    this.sopDeadline = sopDeadline;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execute(execution);
  }

  @Override
  public void execute(DelegateExecution execution) {
    FlowNode self = (FlowNode) execution.getBpmnModelElementInstance();
    BoundaryEvent timer = (BoundaryEvent) self.getIncoming().iterator().next().getSource();
    Activity breached = timer.getAttachedTo();
    Task task = openTask(execution, breached);
    String group = breached instanceof UserTask userTask ? userTask.getCamundaCandidateGroups() : property(breached, "sopGroup");
    Breach breach = new Breach(
        execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(),
        Integer.parseInt(property(breached, "sopStep")),
        breached.getId(),
        breached.getName(),
        task == null ? null : task.getId(),
        task == null ? null : task.getAssignee(),
        group,
        task != null && task.getDueDate() != null
            ? task.getDueDate().toInstant()
            : sopDeadline.programEnd(execution.getVariable(PROGRAM_END_DATE)).toInstant(),
        clock.instant());
    notification.breachRecorded(breaches.record(breach, execution), breach, execution);
  }

  /**
   * The open task the timer sits on; inside a multi-instance, the one of this activity instance. Read from the
   * request's open tasks (one statement by process instance id) rather than with a task query: a task query
   * evaluates the engine's whole dynamic task SQL, and that was the largest part of a breach's own work in a
   * profile of 2,000 breaches (docs/performance.md).
   */
  private static Task openTask(DelegateExecution execution, Activity breached) {
    if (!(breached instanceof UserTask)) {
      return null;
    }
    Object loop = execution.getVariable(LOOP_COUNTER);
    return Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId())
        .stream()
        .filter(task -> breached.getId().equals(task.getTaskDefinitionKey()))
        .filter(task -> Objects.equals(loop, task.getVariable(LOOP_COUNTER)))
        .findFirst()
        .orElse(null);
  }

  private static String property(Activity activity, String name) {
    return SopSteps.property(activity, name)
        .orElseThrow(() -> new IllegalStateException(activity.getId() + " has no camunda:property " + name));
  }
}
