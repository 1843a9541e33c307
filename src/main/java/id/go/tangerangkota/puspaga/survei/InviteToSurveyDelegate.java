package id.go.tangerangkota.puspaga.survei;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The message end events of a served request: the requester is invited to the survey. */
@Component("inviteToSurveyDelegate")
public class InviteToSurveyDelegate implements JavaDelegate {

  private final SurveyInvitations invitations;

  public InviteToSurveyDelegate(SurveyInvitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invitations.invite(execution);
  }
}
