package id.go.tangerangkota.puspaga.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Beri tahu pemohon dan lembaga": mails and letters to the affected requesters, a letter to the authority. */
@Component("notifyIncidentDelegate")
class NotifyIncidentDelegate implements JavaDelegate {

  private final Incidents incidents;

  NotifyIncidentDelegate(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.notifySubjects(execution);
  }
}
