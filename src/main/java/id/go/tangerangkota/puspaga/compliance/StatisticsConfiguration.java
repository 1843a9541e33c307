package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.OfficeCalendars;
import id.go.tangerangkota.puspaga.office.OfficeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The anonymous statistics' writer as an engine plugin of the application's engine. */
@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

  @Bean
  RequestStatistics requestStatistics(JdbcTemplate jdbc, OfficeCalendars calendars, OfficeProperties offices) {
    return new RequestStatistics(jdbc, calendars.national().zone(), offices.defaultOffice(), calendars::of);
  }
}
