package id.go.tangerangkota.puspaga.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.puspaga.system.PackagedApplication;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Updating the calendar file" in docs/model.md, done as an office would: the packaged jar runs on a
 * calendar file outside the jar, a request waits for its step 1, the file gains a holiday on the
 * day that step is due, and the application is restarted on it. The open task's due date and its
 * timer move to the next working day, and the log says so.
 */
class CalendarChangeRestartIT {

  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @TempDir
  Path workDir;

  @Test
  void movesOpenDueDatesAndTimersWhenTheCalendarFileGainsAHoliday() throws Exception {
    Path calendar = workDir.resolve("kalender-kerja.yaml");
    Files.copy(Path.of("src/main/resources/calendar/kalender-kerja.yaml"), calendar);
    String[] arguments = {"--puspaga.calendar.location=file:" + calendar.toAbsolutePath()};

    String instance;
    OffsetDateTime due;
    try (PackagedApplication app = PackagedApplication.start(workDir, Map.of(), arguments)) {
      app.awaitHealthy();
      RequestWalk walk = new RequestWalk(RestClient.as("rina", app.port()), RestClient.as("budi", app.port()),
          RestClient.as("sari", app.port()), RestClient.as("sysadmin", app.port()));
      instance = walk.start("diabaikan");
      due = taskDue(app, instance);
      assertThat(timerDue(app, instance)).isEqualTo(due);
    }

    LocalDate holiday = due.atZoneSameInstant(ZoneId.of("Asia/Jakarta")).toLocalDate();
    Files.writeString(calendar, withHoliday(Files.readString(calendar), holiday));

    try (PackagedApplication app = PackagedApplication.start(workDir, Map.of(), arguments)) {
      app.awaitHealthy();
      assertThat(app.output()).contains(
          "Working-day calendar changed since the last start: recalculated 1 open task due date(s) and 1 timer(s)");
      String created = RestClient.as("sysadmin", app.port()).get("/engine-rest/task?processInstanceId=" + instance).json()
          .get(0).get("created").asText();
      String expected = RestClient.as("rina", app.port()).get("/api/calendar/deadline?workingDays=1&from="
              + URLEncoder.encode(OffsetDateTime.parse(created, ENGINE_DATE).toString(), StandardCharsets.UTF_8))
          .json().get("deadline").asText();
      OffsetDateTime moved = taskDue(app, instance);
      assertThat(moved).as("a working day later than " + due).isAfter(due)
          .isEqualTo(OffsetDateTime.parse(expected));
      assertThat(timerDue(app, instance)).isEqualTo(moved);
      System.out.printf("[calendar] holiday added on %s: step 1 due %s moved to %s, its timer with it%n", holiday, due, moved);
    }
  }

  /**
   * The calendar text with one more libur nasional on that day, in that year's block only; a
   * year not yet confirmed becomes confirmed, with a decree, as the file requires.
   */
  static String withHoliday(String calendar, LocalDate day) {
    String year = "  " + day.getYear() + ":\n";
    int start = calendar.indexOf(year);
    assertThat(start).as("the calendar lists " + day.getYear()).isNotNegative();
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n  \\d{4}:\n").matcher(calendar);
    int end = next.find(start + year.length() - 1) ? next.start() + 1 : calendar.length();
    String entry = "      - {date: " + day + ", type: libur-nasional, name: \"Libur tambahan (uji perubahan kalender)\"}\n";
    String block = calendar.substring(start, end)
        .replace("    status: unconfirmed\n", "    status: confirmed\n")
        .replace("    decrees: []\n", "    decrees:\n      - \"Keputusan uji perubahan kalender\"\n")
        .replace("    holidays: []\n", "    holidays:\n");
    block = block.replace("    holidays:\n", "    holidays:\n" + entry);
    return calendar.substring(0, start) + block + calendar.substring(end);
  }

  private static OffsetDateTime taskDue(PackagedApplication app, String instance) {
    JsonNode task = RestClient.as("sysadmin", app.port()).get("/engine-rest/task?processInstanceId=" + instance).json().get(0);
    return OffsetDateTime.parse(task.get("due").asText(), ENGINE_DATE);
  }

  private static OffsetDateTime timerDue(PackagedApplication app, String instance) {
    JsonNode timer = RestClient.as("sysadmin", app.port()).get("/engine-rest/job?timers=true&processInstanceId=" + instance)
        .json().get(0);
    return OffsetDateTime.parse(timer.get("dueDate").asText(), ENGINE_DATE);
  }
}
