package id.go.tangerangkota.puspaga.report;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * SOP step 1 begins: the request gets its registration number, e.g. {@code LI-2026-0042}, the
 * 42nd request of 2026 (Asia/Jakarta), consecutive and unique across nodes (the counter of
 * {@link DocumentNumbering}, drawn in the start's transaction). It is the process business key
 * (Cockpit searches by it) and the variable {@code registrationNumber} (Tasklist's cards, forms
 * and documents print it). Whatever business key a client sent is replaced: the office numbers
 * its requests itself.
 */
@Component("assignRegistrationNumberListener")
public class AssignRegistrationNumberListener implements ExecutionListener {

  private final DocumentNumbering numbering;
  private final Clock clock;
  private final WorkingDayCalendar calendar;

  public AssignRegistrationNumberListener(DocumentNumbering numbering, Clock clock, WorkingDayCalendar calendar) {
    this.numbering = numbering;
    this.clock = clock;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
    String number = format(year, numbering.nextValue(DocumentNumbering.REGISTRATION, year));
    execution.setProcessBusinessKey(number);
    execution.getProcessInstance().setVariable(REGISTRATION_NUMBER, number);
  }

  static String format(int year, long sequence) {
    return String.format("LI-%d-%04d", year, sequence);
  }
}
