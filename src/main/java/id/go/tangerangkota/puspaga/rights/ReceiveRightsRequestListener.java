package id.go.tangerangkota.puspaga.rights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of "Permintaan hak atas data pribadi": checks and records the request, its answer due 3x24 hours later. */
@Component("receiveRightsRequestListener")
class ReceiveRightsRequestListener implements ExecutionListener {

  private final RightsRequests requests;

  ReceiveRightsRequestListener(RightsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    requests.receive(execution);
  }
}
