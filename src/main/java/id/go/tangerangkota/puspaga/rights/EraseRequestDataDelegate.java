package id.go.tangerangkota.puspaga.rights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hapus data permohonan": the erasure a requester asked for, by the retention pass's own code. */
@Component("eraseRequestDataDelegate")
class EraseRequestDataDelegate implements JavaDelegate {

  private final RightsActions actions;

  EraseRequestDataDelegate(RightsActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.erase(execution);
  }
}
