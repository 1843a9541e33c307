package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.calendar.CalendarYear;
import id.go.tangerangkota.puspaga.calendar.DeadlineRecalculation;
import id.go.tangerangkota.puspaga.calendar.Holiday;
import id.go.tangerangkota.puspaga.calendar.HolidayType;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An office admin adds a cuti bersama to the calendar file: the open deadlines it moves are moved. */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class CalendarChangeProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("calendar-change-process-test");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration).build();

  @BeforeEach
  void mondayThirtiethOfNovember() {
    init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(instant("2026-11-30T09:00:00+07:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void movesOpenDueDatesAndTimersThatANewCutiBersamaShifts() {
    ProcessInstance mapping = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(request()).startBeforeActivity("Task_MapNeeds").execute();
    ProcessInstance coordinating = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(request()).startBeforeActivity("Task_CoordinateProgramReport").execute();
    ClockUtil.setCurrentTime(instant("2026-12-02T11:00:00+07:00"));
    DeadlineRecalculation recalculation = new DeadlineRecalculation(extension.getProcessEngine());

    assertThat(recalculation.recalculate(ENGINE.calendar)).isEqualTo(new DeadlineRecalculation.Result(0, 0));

    DeadlineRecalculation.Result moved = recalculation.recalculate(withExtraCutiBersama(ENGINE.calendar, "2026-12-04"));

    // Counted from when the task was created (30 Nov), not from the restart (2 Dec).
    assertThat(moved).isEqualTo(new DeadlineRecalculation.Result(1, 1));
    assertThat(task(mapping).getDueDate()).isEqualTo(instant("2026-12-10T16:00:00+07:00"));
    assertThat(jobQuery().processInstanceId(mapping.getId()).singleResult().getDuedate())
        .isEqualTo(instant("2026-12-10T16:00:00+07:00"));
    // Two hari from 30 Nov end on Wed 2 Dec, which the change does not touch.
    assertThat(task(coordinating).getDueDate()).isEqualTo(instant("2026-12-02T16:00:00+07:00"));
  }

  @Test
  void movesTheEndOfAProgramPeriodThatFallsOnANewHoliday() {
    ProcessInstance program = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(request())
        .setVariables(Map.of("programEndDate", "2026-12-31", "activities",
            org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"title\":\"Kelas\",\"date\":\"2026-12-15\"}]").create()))
        .startBeforeActivity("SubProcess_WorkProgram").execute();

    DeadlineRecalculation.Result moved = new DeadlineRecalculation(extension.getProcessEngine())
        .recalculate(withExtraCutiBersama(ENGINE.calendar, "2026-12-31"));

    assertThat(moved).isEqualTo(new DeadlineRecalculation.Result(1, 1));
    assertThat(jobQuery().processInstanceId(program.getId()).activityId("BoundaryEvent_WorkProgramOverdue")
        .singleResult().getDuedate()).isEqualTo(instant("2027-01-01T16:00:00+07:00"));
    assertThat(task(program).getDueDate()).isEqualTo(instant("2027-01-01T16:00:00+07:00"));
  }

  private static WorkingDayCalendar withExtraCutiBersama(WorkingDayCalendar calendar, String date) {
    LocalDate day = LocalDate.parse(date);
    List<CalendarYear> years = new ArrayList<>();
    for (CalendarYear year : calendar.years()) {
      List<Holiday> holidays = new ArrayList<>(year.holidays());
      if (year.year() == day.getYear()) {
        holidays.add(new Holiday(day, HolidayType.CUTI_BERSAMA, "Cuti bersama tambahan"));
      }
      years.add(new CalendarYear(year.year(), year.confirmed(), year.decrees(), holidays));
    }
    return new WorkingDayCalendar(calendar.zone(), calendar.openingTime(), calendar.closingTime(),
        calendar.weekend(), years, y -> {});
  }
}
