package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.layanan.SopSteps;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;

/**
 * The law's limits on answering about personal data are clock hours, not working days (UU 27/2022:
 * 3x24 hours for a data subject's request and for telling of an incident): the start event of the
 * rights and incident processes says it once, as its property {@code answerWithin} (an ISO-8601
 * duration, {@code PT72H}), which an analyst reads and changes in Modeler.
 */
public final class AnswerDeadline {

  public static final String PROPERTY = "answerWithin";

  private AnswerDeadline() {}

  /** The moment the answer is due: {@code from} plus the start event's {@code answerWithin}. */
  public static Instant after(DelegateExecution execution, Instant from) {
    BaseElement start = (BaseElement) execution.getBpmnModelElementInstance();
    String within = start == null ? null : SopSteps.property(start, PROPERTY).orElse(null);
    if (within == null) {
      throw new IllegalStateException("The start event of " + execution.getProcessDefinitionId()
          + " has no camunda:property " + PROPERTY + " (e.g. PT72H)");
    }
    return from.plus(Duration.parse(within.strip()));
  }
}
