package id.go.tangerangkota.puspaga.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the working-day calendar file is. The default is the file in the repository; an office may
 * point it at a file outside the jar (e.g. {@code file:/etc/puspaga/kalender-kerja.yaml}).
 */
@ConfigurationProperties("puspaga.calendar")
public record CalendarProperties(Resource location) {}
