package id.go.tangerangkota.puspaga.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.go.tangerangkota.puspaga.PuspagaApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** An office admin's typo in the calendar file stops the start, naming the file and the line. */
class MalformedCalendarStartIT {

  @TempDir
  Path folder;

  @Test
  void refusesToStartWithACalendarFileThatHasABadDate() throws Exception {
    Path file = folder.resolve("kalender-kerja.yaml");
    Files.writeString(file, """
        years:
          2026:
            status: confirmed
            decrees: ["SKB 2026"]
            holidays:
              - {date: 2026-08-32, type: libur-nasional, name: "Hari Proklamasi Kemerdekaan RI"}
        """);

    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PuspagaApplication.class)
        .profiles("demo")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:malformed-calendar;DB_CLOSE_DELAY=-1",
            "--puspaga.calendar.location=file:" + file)
        .close());

    assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
        .isInstanceOf(CalendarFileException.class)
        .hasMessage("kalender-kerja.yaml line 6: year 2026 holiday: '2026-08-32' is not a date like 2026-08-17");
  }
}
