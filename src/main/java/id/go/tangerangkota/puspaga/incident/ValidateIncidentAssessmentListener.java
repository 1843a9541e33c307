package id.go.tangerangkota.puspaga.incident;

import id.go.tangerangkota.puspaga.layanan.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Nilai insiden data pribadi": an assessment, a decision to notify or not, the affected requests known. */
@Component("validateIncidentAssessmentListener")
class ValidateIncidentAssessmentListener implements TaskListener {

  private final Incidents incidents;
  private final CurrentUser currentUser;

  ValidateIncidentAssessmentListener(Incidents incidents, CurrentUser currentUser) {
    this.incidents = incidents;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    incidents.checkAssessment(task, currentUser.of(task));
  }
}
