package id.go.tangerangkota.puspaga.calendar;

import id.go.tangerangkota.puspaga.office.OfficeHolidaysChanged;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an office's regional holidays change, its open due dates and timers move to its new
 * calendar, in the same transaction; the other offices' stay where they are.
 */
@Component
class OfficeDeadlineShift {

  private static final Logger LOG = LoggerFactory.getLogger(OfficeDeadlineShift.class);

  private final ProcessEngine engine;
  private final OfficeCalendars calendars;

  OfficeDeadlineShift(ProcessEngine engine, OfficeCalendars calendars) {
    this.engine = engine;
    this.calendars = calendars;
  }

  @EventListener
  void holidaysChanged(OfficeHolidaysChanged change) {
    var moved = new DeadlineRecalculation(engine).recalculate(calendars::of, change.officeId());
    LOG.info("Office {}: regional holidays changed; {} open task due date(s) and {} timer(s) recalculated",
        change.officeId(), moved.tasks(), moved.timers());
  }
}
