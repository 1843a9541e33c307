package id.go.tangerangkota.puspaga.calendar;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;

/** The calendar file the application ships (src/main/resources/calendar/kalender-kerja.yaml), for tests without Spring. */
public final class RepositoryCalendar {

  private RepositoryCalendar() {}

  public static WorkingDayCalendar load() {
    return load(year -> {});
  }

  /** {@code warning} hears each year the file lists without an SKB confirming it. */
  public static WorkingDayCalendar load(IntConsumer warning) {
    try (Reader reader = new InputStreamReader(
        RepositoryCalendar.class.getResourceAsStream("/calendar/kalender-kerja.yaml"), StandardCharsets.UTF_8)) {
      return CalendarFile.parse(reader, "kalender-kerja.yaml", warning);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
