package id.go.tangerangkota.puspaga.report;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * SOP step 1 begins: the request gets its registration number in its office's pattern, e.g.
 * {@code LI-3671-2026-0042}, the 42nd request of 2026 (Asia/Jakarta) at office 3671, consecutive
 * per office and unique across nodes (the office's counter of {@link DocumentNumbering}, drawn in
 * the start's transaction). It is the process business key
 * (Cockpit searches by it) and the variable {@code registrationNumber} (Tasklist's cards, forms
 * and documents print it). Whatever business key a client sent is replaced: the office numbers
 * its requests itself.
 */
@Component("assignRegistrationNumberListener")
public class AssignRegistrationNumberListener implements ExecutionListener {

  private final DocumentNumbering numbering;
  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final OfficeRegistry offices;

  public AssignRegistrationNumberListener(DocumentNumbering numbering, Clock clock, WorkingDayCalendar calendar,
      OfficeRegistry offices) {
    this.numbering = numbering;
    this.clock = clock;
    this.calendar = calendar;
    this.offices = offices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
    Office office = offices.of(execution.getTenantId());
    String number = office.registrationNumber(year, numbering.nextValue(office.id(), DocumentNumbering.REGISTRATION, year));
    execution.setProcessBusinessKey(number);
    execution.getProcessInstance().setVariable(REGISTRATION_NUMBER, number);
  }
}
