package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.compliance.ComplianceReport.StepFigures;
import java.util.List;

/**
 * What the monthly client report says about one month: requests received (by topic, channel and
 * kind of requester), referrals by type, programs approved, activities held and their
 * participants, and each SOP step's time taken against its limit.
 */
public record MonthlyFigures(
    CompliancePeriod month,
    long requests,
    List<Count> byTopic,
    List<Count> byChannel,
    List<Count> byRequester,
    long referrals,
    List<Count> referralsByType,
    long programsApproved,
    long activitiesHeld,
    long participants,
    List<StepFigures> steps,
    long breaches) {

  /** A label and how many. */
  public record Count(String label, long count) {}
}
