package id.go.tangerangkota.puspaga.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of "Insiden data pribadi": the report recorded, the Ketua and the officer told at once. */
@Component("reportIncidentListener")
class ReportIncidentListener implements ExecutionListener {

  private final Incidents incidents;

  ReportIncidentListener(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    incidents.report(execution);
  }
}
