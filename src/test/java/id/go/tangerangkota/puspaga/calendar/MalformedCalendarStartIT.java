package id.go.tangerangkota.puspaga.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.system.PackagedApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    try (PackagedApplication app = PackagedApplication.start(folder, Map.of(),
        "--spring.datasource.url=jdbc:h2:mem:malformed-calendar", "--puspaga.calendar.location=file:" + file)) {
      assertThat(app.awaitExit()).isNotZero();
      assertThat(app.output()).contains("kalender-kerja.yaml line 6: year 2026 holiday: '2026-08-32' is not a date like 2026-08-17");
    }
  }
}
