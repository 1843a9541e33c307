package id.go.tangerangkota.puspaga.notification;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUESTER_NAME;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.TOPIC;

import id.go.tangerangkota.puspaga.breach.Breach;
import id.go.tangerangkota.puspaga.breach.BreachNotification;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A passed SOP limit, told by mail: written to the outbox in the transaction that records the breach. */
@Component
public class BreachMail implements BreachNotification {

  private static final Logger LOG = LoggerFactory.getLogger(BreachMail.class);

  private final TaskMails mails;
  private final MailOutbox outbox;

  public BreachMail(TaskMails mails, MailOutbox outbox) {
    this.mails = mails;
    this.outbox = outbox;
  }

  @Override
  public void breachRecorded(String breachId, Breach breach, DelegateExecution execution) {
    var facts = new TaskMails.TaskFacts(execution.getTenantId(), breach.taskId(), breach.activityName(), breach.sopStep(), breach.assignee(),
        breach.candidateGroup(), breach.deadline(), breach.businessKey(), text(execution.getVariable(REQUESTER_NAME)),
        text(execution.getVariable(TOPIC)));
    mails.breach(breachId, facts, breach.firedAt(), execution.getProcessEngineServices().getIdentityService())
        .ifPresentOrElse(outbox::enqueue,
            () -> LOG.warn("Breach {} of {} (step {}): nobody with an e-mail address to tell", breachId,
                breach.businessKey(), breach.sopStep()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
