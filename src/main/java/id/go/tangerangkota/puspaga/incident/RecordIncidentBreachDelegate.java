package id.go.tangerangkota.puspaga.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Follows the 3x24-hour timer of an incident: the breach recorded and mailed to the officer and the Ketua. */
@Component("recordIncidentBreachDelegate")
class RecordIncidentBreachDelegate implements ExecutionListener {

  private final Incidents incidents;

  RecordIncidentBreachDelegate(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    incidents.breach(execution);
  }
}
