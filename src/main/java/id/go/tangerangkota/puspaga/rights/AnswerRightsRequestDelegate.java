package id.go.tangerangkota.puspaga.rights;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirim jawaban kepada pemohon": the answer on the status page and, with an address, by mail. */
@Component("answerRightsRequestDelegate")
class AnswerRightsRequestDelegate implements JavaDelegate {

  private final RightsRequests requests;

  AnswerRightsRequestDelegate(RightsRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.answer(execution);
  }
}
