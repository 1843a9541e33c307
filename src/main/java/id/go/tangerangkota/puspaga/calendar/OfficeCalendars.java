package id.go.tangerangkota.puspaga.calendar;

import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.office.RegionalHoliday;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each office's working days: the national calendar (libur nasional, cuti bersama) plus the
 * office's regional holidays and decrees from its register. Read from the register each time, so
 * that a change made on another node counts at once; a calendar is built again only when its
 * office's holidays changed.
 */
@Component
public class OfficeCalendars {

  private record Built(List<RegionalHoliday> holidays, WorkingDayCalendar calendar) {}

  private final WorkingDayCalendar national;
  private final OfficeRegistry offices;
  private final Map<String, Built> built = new ConcurrentHashMap<>();

  public OfficeCalendars(WorkingDayCalendar national, OfficeRegistry offices) {
    this.national = national;
    this.offices = offices;
  }

  /** The calendar of the office whose tenant id this is; no tenant means the default office. */
  public WorkingDayCalendar of(String tenantId) {
    Office office = offices.of(tenantId);
    Built current = built.get(office.id());
    if (current != null && current.holidays().equals(office.holidays())) {
      return current.calendar();
    }
    WorkingDayCalendar calendar = national.withRegionalHolidays(office.holidays().stream()
        .map(h -> new Holiday(h.date(), HolidayType.LIBUR_DAERAH, h.name())).toList());
    built.put(office.id(), new Built(office.holidays(), calendar));
    return calendar;
  }

  /** The national calendar alone: zone, office hours and the days every office keeps. */
  public WorkingDayCalendar national() {
    return national;
  }
}
