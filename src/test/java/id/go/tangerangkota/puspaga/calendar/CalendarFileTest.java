package id.go.tangerangkota.puspaga.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

  private static final String VALID = """
      zone: Asia/Jakarta
      office-hours:
        open: "07:30"
        close: "15:30"
      weekend: [saturday, sunday]
      years:
        2026:
          status: confirmed
          decrees: ["SKB 2026"]
          holidays:
            - {date: 2026-08-17, type: libur-nasional, name: "Hari Proklamasi Kemerdekaan RI"}
      """;

  @Test
  void readsOfficeHoursWeekendAndHolidays() {
    WorkingDayCalendar calendar = parse(VALID);
    assertThat(calendar.closingTime()).isEqualTo(LocalTime.of(15, 30));
    assertThat(calendar.year(2026).orElseThrow().decrees()).containsExactly("SKB 2026");
    assertThat(calendar.isWorkingDay(java.time.LocalDate.parse("2026-08-17"))).isFalse();
  }

  @Test
  void defaultsToJakartaAndEightToFour() {
    WorkingDayCalendar calendar = parse("years:\n  2027:\n    status: unconfirmed\n");
    assertThat(calendar.zone().getId()).isEqualTo("Asia/Jakarta");
    assertThat(calendar.openingTime()).isEqualTo(LocalTime.of(8, 0));
    assertThat(calendar.closingTime()).isEqualTo(LocalTime.of(16, 0));
  }

  @Test
  void namesTheLineOfBrokenYaml() {
    assertThatThrownBy(() -> parse(VALID.replace("  2026:", "  2026: [")))
        .isInstanceOf(CalendarFileException.class)
        .hasMessageStartingWith("kalender-kerja.yaml line ");
  }

  @Test
  void namesTheLineOfAnImpossibleDate() {
    assertThatThrownBy(() -> parse(VALID.replace("2026-08-17", "2026-02-30")))
        .hasMessage("kalender-kerja.yaml line 11: year 2026 holiday: '2026-02-30' is not a date like 2026-08-17");
  }

  @Test
  void namesTheLineOfAHolidayInTheWrongYear() {
    assertThatThrownBy(() -> parse(VALID.replace("2026-08-17", "2025-08-17")))
        .hasMessage("kalender-kerja.yaml line 11: year 2026 holiday: 2025-08-17 is not in 2026");
  }

  @Test
  void namesTheLineOfAnUnknownType() {
    assertThatThrownBy(() -> parse(VALID.replace("libur-nasional", "libur")))
        .hasMessageContaining("line 11: year 2026 holiday: type must be 'libur-nasional' or 'cuti-bersama', not 'libur'");
  }

  @Test
  void namesTheLineOfADuplicateDate() {
    String twice = VALID + "      - {date: 2026-08-17, type: cuti-bersama, name: \"Cuti\"}\n";
    assertThatThrownBy(() -> parse(twice)).hasMessageContaining("line 12: year 2026: 2026-08-17 is listed twice");
  }

  @Test
  void namesTheLineOfAnUnknownStatus() {
    assertThatThrownBy(() -> parse(VALID.replace("status: confirmed", "status: maybe")))
        .hasMessageContaining("line 8: year 2026: status must be 'confirmed' or 'unconfirmed'");
  }

  @Test
  void requiresAConfirmedYearToNameItsDecrees() {
    assertThatThrownBy(() -> parse(VALID.replace("decrees: [\"SKB 2026\"]", "decrees: []")))
        .hasMessageContaining("line 8: year 2026: a confirmed year must name the decrees");
  }

  @Test
  void rejectsAnUnknownKeyLikeATypo() {
    assertThatThrownBy(() -> parse(VALID.replace("weekend:", "weekends:")))
        .hasMessageContaining("line 5: the calendar file: unknown key 'weekends'");
  }

  @Test
  void rejectsOfficeHoursThatCloseBeforeTheyOpen() {
    assertThatThrownBy(() -> parse(VALID.replace("\"15:30\"", "\"07:00\"")))
        .hasMessageContaining("line 3: office-hours: open (07:30) must be before close (07:00)");
  }

  @Test
  void ignoresTheHolidaysOfAnUnconfirmedYear() {
    WorkingDayCalendar calendar = parse(VALID.replace("status: confirmed", "status: unconfirmed"));
    assertThat(calendar.isWorkingDay(java.time.LocalDate.parse("2026-08-17"))).isTrue();
  }

  private static WorkingDayCalendar parse(String yaml) {
    return CalendarFile.parse(new StringReader(yaml), "kalender-kerja.yaml", year -> {});
  }
}
