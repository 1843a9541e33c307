package id.go.tangerangkota.puspaga.rights;

import id.go.tangerangkota.puspaga.layanan.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Putuskan permintaan hak": a decision, an answer, and for a withdrawal what becomes of the request. */
@Component("validateRightsDecisionListener")
class ValidateRightsDecisionListener implements TaskListener {

  private final RightsRequests requests;
  private final CurrentUser currentUser;

  ValidateRightsDecisionListener(RightsRequests requests, CurrentUser currentUser) {
    this.requests = requests;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    requests.checkDecision(task, currentUser.of(task));
  }
}
