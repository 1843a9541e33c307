package id.go.tangerangkota.puspaga.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    String source = properties.location().getFilename();
    WorkingDayCalendar calendar;
    try (Reader reader = new InputStreamReader(properties.location().getInputStream(), StandardCharsets.UTF_8)) {
      calendar = CalendarFile.parse(reader, source, CalendarConfiguration::warnUnconfirmed);
    } catch (IOException e) {
      throw new CalendarFileException("Cannot read the working-day calendar " + properties.location() + ": " + e.getMessage(), e);
    }
    calendar.years().stream()
        .filter(year -> !year.confirmed())
        .forEach(year -> warnUnconfirmed(year.year()));
    LOG.info("Working-day calendar {} loaded: zone {}, office hours {}-{}, confirmed years {}",
        source, calendar.zone(), calendar.openingTime(), calendar.closingTime(),
        calendar.years().stream().filter(CalendarYear::confirmed).map(CalendarYear::year).toList());
    return calendar;
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  private static void warnUnconfirmed(int year) {
    LOG.warn("Working-day calendar: year {} is not confirmed by an SKB 3 Menteri in the calendar file; "
        + "deadlines in {} count weekends only, without libur nasional or cuti bersama", year, year);
  }
}
