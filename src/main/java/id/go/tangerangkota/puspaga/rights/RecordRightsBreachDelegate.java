package id.go.tangerangkota.puspaga.rights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Follows the 3x24-hour timer of a rights request: the breach recorded and mailed to the officer and
 * the Ketua. Kept apart from the SOP's breaches, whose figures count the SOP's nine steps.
 */
@Component("recordRightsBreachDelegate")
class RecordRightsBreachDelegate implements ExecutionListener {

  private final RightsRequests requests;

  RecordRightsBreachDelegate(RightsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    requests.breach(execution);
  }
}
