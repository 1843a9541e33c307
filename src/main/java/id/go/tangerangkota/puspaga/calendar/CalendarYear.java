package id.go.tangerangkota.puspaga.calendar;

import java.util.List;

/**
 * One year of the calendar file. Only a confirmed year's holidays count: an unconfirmed year
 * (no SKB yet) is computed from weekends alone.
 */
public record CalendarYear(int year, boolean confirmed, List<String> decrees, List<Holiday> holidays) {

  public CalendarYear {
    decrees = List.copyOf(decrees);
    holidays = List.copyOf(holidays);
  }
}
