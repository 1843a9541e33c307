package id.go.tangerangkota.puspaga.referral;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that a request belongs to a related SOP (konseling or penjangkauan). */
@Component("recordReferralDelegate")
public class RecordReferralDelegate implements JavaDelegate {

  private final ReferralService referrals;

  public RecordReferralDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.record(
        execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(),
        (String) execution.getVariable(SERVICE_TYPE),
        (String) execution.getVariable(REFERRAL_REASON),
        (String) execution.getVariable(REGISTERED_BY));
  }
}
