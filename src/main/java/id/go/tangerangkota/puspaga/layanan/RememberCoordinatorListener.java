package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.COORDINATOR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * SOP step 2: whoever maps the needs is the program's coordinator, so the work program (and each
 * revision after the Ketua's notes) and the six-month report come back to that person.
 */
@Component("rememberCoordinatorListener")
public class RememberCoordinatorListener implements TaskListener {

  private final CurrentUser currentUser;

  public RememberCoordinatorListener(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(COORDINATOR, currentUser.of(task));
  }
}
