package id.go.tangerangkota.puspaga.rights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Laksanakan permintaan hak": the copy, the correction, or the end of processing. */
@Component("carryOutRightsRequestDelegate")
class CarryOutRightsRequestDelegate implements JavaDelegate {

  private final RightsActions actions;

  CarryOutRightsRequestDelegate(RightsActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.carryOut(execution);
  }
}
