package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.compliance.CompliancePeriod;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Load;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.Status;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.StepFigures;
import id.go.tangerangkota.puspaga.compliance.ComplianceReport.InstanceRow;
import id.go.tangerangkota.puspaga.compliance.ComplianceService;
import id.go.tangerangkota.puspaga.compliance.ComplianceService.Figure;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Ketua's compliance figures computed from a seeded March 2026, in which two requests wait
 * through the holiday block of Nyepi and Idul Fitri (18 to 24 March: libur nasional, cuti bersama
 * and a weekend). Every time is Asia/Jakarta; the engine's clock is moved from event to event.
 */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class ComplianceProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("compliance-process-test");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration).build();

  ComplianceService compliance;
  ProcessInstance a;
  ProcessInstance b;
  ProcessInstance c;
  ProcessInstance d;

  void seedMarch2026() {
    freshEngine();

    at("2026-03-02T09:00");
    b = start("LI-B");
    c = start("LI-C");
    at("2026-03-02T15:00");
    register(b);                                   // step 1 the same day: 1 hari kerja, in time
    fireTimer(c, "RegisterRequest", "2026-03-03T16:01");
    at("2026-03-05T10:00");
    register(c);                                   // step 1 on the third working day: late
    fireTimer(b, "MapNeeds", "2026-03-11T16:01");
    at("2026-03-13T10:00");
    mapNeeds(b);                                   // step 2 on the ninth working day of seven: late
    fireTimer(c, "MapNeeds", "2026-03-16T16:01");

    at("2026-03-17T10:00");                        // Tuesday, the last working day before the holidays
    a = start("LI-A");
    d = start("LI-D");
    at("2026-03-25T11:00");
    register(a);                                   // eight days later, but the next working day: in time
    fireTimer(d, "RegisterRequest", "2026-03-25T16:01");
    at("2026-03-26T10:00");
    register(d);                                   // the second working day: late
    at("2026-04-01T10:00");
    mapNeeds(a);                                   // step 2 on its fifth working day: in time, in April
  }

  /** Called by each test: the extension deploys the model after the {@code @BeforeEach} methods. */
  void freshEngine() {
    init(extension.getProcessEngine());
    // Ours, not removed with the test's deployment (the statistics outlive the history by design).
    for (String table : new String[] {"sop_breach", "step_statistics", "step_time_totals", "request_statistics", "activity_statistics"}) {
      ENGINE.jdbc.update("delete from " + table);
    }
    compliance = new ComplianceService(new SopStepLimits(repositoryService(), new id.go.tangerangkota.puspaga.office.OfficeModels(repositoryService())), identityService(),
        ENGINE.jdbc, new id.go.tangerangkota.puspaga.calendar.OfficeCalendars(ENGINE.calendar, ENGINE.offices), ENGINE.clock);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void countsTimeTakenInWorkingDaysSoThatAHolidayBlockIsNotChargedToAStep() {
    seedMarch2026();
    ComplianceReport march = compliance.report(CompliancePeriod.parse("2026-03", LocalDate.of(2026, 4, 1)), OfficeFilter.ALL);

    assertThat(march.period().label()).isEqualTo("Maret 2026");
    assertThat(march.steps()).extracting(StepFigures::step).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    // Every step's limit as the model gives it: steps 8 and 9 in plain days, step 5 the program's end
    // (StepTimesTest: how plain days are counted, and step 5's status from its share on time).
    assertThat(march.steps()).extracting(StepFigures::limit).containsExactly("1 hari kerja", "7 hari kerja",
        "1 hari kerja", "5 hari kerja", "sampai akhir periode program", "5 hari kerja", "10 hari kerja", "2 hari", "1 hari");
    assertThat(march.steps()).extracting(StepFigures::unit).containsExactly("hari kerja", "hari kerja", "hari kerja",
        "hari kerja", "hari kerja", "hari kerja", "hari kerja", "hari", "hari");
    StepFigures registration = march.steps().get(0);
    assertThat(registration.limit()).isEqualTo("1 hari kerja");
    assertThat(registration.completed()).isEqualTo(4);
    // A: 17 to 25 March is eight days but one working day; D: two. Sorted 1, 1, 2, 3.
    assertThat(registration.median()).isEqualTo(1);
    assertThat(registration.p90()).isEqualTo(3);
    assertThat(registration.completedWithinLimit()).isEqualTo(2);
    assertThat(registration.withinLimitPercent()).isEqualTo(50);
    assertThat(registration.breaches()).isEqualTo(2);
    assertThat(registration.status()).isEqualTo(Status.AMBER);

    StepFigures needs = march.steps().get(1);
    assertThat(needs.limit()).isEqualTo("7 hari kerja");
    assertThat(needs.completed()).isEqualTo(1);
    assertThat(needs.median()).isEqualTo(9);
    assertThat(needs.withinLimitPercent()).isZero();
    assertThat(needs.breaches()).isEqualTo(2);
    assertThat(needs.status()).isEqualTo(Status.RED);

    ComplianceReport april = compliance.report(CompliancePeriod.parse("2026-04", LocalDate.of(2026, 4, 1)), OfficeFilter.ALL);
    assertThat(april.steps().get(0).completed()).isZero();
    assertThat(april.steps().get(0).status()).isEqualTo(Status.NONE);
    assertThat(april.steps().get(1)).satisfies(step -> {
      assertThat(step.completed()).isEqualTo(1);
      assertThat(step.median()).isEqualTo(5);
      assertThat(step.withinLimitPercent()).isEqualTo(100);
      assertThat(step.breaches()).isZero();
      assertThat(step.status()).isEqualTo(Status.GREEN);
    });

    ComplianceReport semester = compliance.report(CompliancePeriod.parse("2026-S1", LocalDate.of(2026, 4, 1)), OfficeFilter.ALL);
    assertThat(semester.period().label()).isEqualTo("Semester I 2026");
    assertThat(semester.steps().get(0).completed()).isEqualTo(4);
    assertThat(semester.steps().get(1).completed()).isEqualTo(2);
  }

  @Test
  void showsWhatIsOpenAndOverdueNowPerStepLaneAndOfficer() {
    seedMarch2026();
    ComplianceReport now = compliance.report(CompliancePeriod.parse(null, LocalDate.of(2026, 4, 1)), OfficeFilter.ALL);

    assertThat(now.period().code()).isEqualTo("2026-04");
    // C waits at step 2 since 5 March (due 16 March); D since 26 March. B and A at step 3, B since 13 March.
    assertThat(now.steps().get(1)).satisfies(step -> {
      assertThat(step.open()).isEqualTo(2);
      assertThat(step.overdue()).isEqualTo(1);
    });
    assertThat(now.steps().get(2)).satisfies(step -> {
      assertThat(step.open()).isEqualTo(2);
      assertThat(step.overdue()).isEqualTo(1);
    });
    assertThat(now.lanes()).contains(new Load("konselor", "konselor", 4, 2), new Load("administrasi", "administrasi", 0, 0));
    assertThat(now.officers()).containsExactly(new Load("budi", "budi", 2, 1), new Load(null, "Belum diklaim", 2, 1));
  }

  @Test
  void namesTheInstancesBehindAFigure() {
    seedMarch2026();
    CompliancePeriod march = CompliancePeriod.parse("2026-03", LocalDate.of(2026, 4, 1));

    assertThat(keys(compliance.instances(march, Figure.LATE, 1, null, null, OfficeFilter.ALL))).containsExactly(c.getId(), d.getId());
    assertThat(keys(compliance.instances(march, Figure.BREACHES, 2, null, null, OfficeFilter.ALL))).containsExactly(b.getId(), c.getId());
    assertThat(keys(compliance.instances(march, Figure.OVERDUE, 2, null, null, OfficeFilter.ALL))).containsExactly(c.getId());
    assertThat(keys(compliance.instances(march, Figure.OVERDUE, null, "konselor", "budi", OfficeFilter.ALL))).containsExactly(b.getId());
    assertThat(compliance.instances(march, Figure.LATE, 1, null, null, OfficeFilter.ALL).get(0))
        .satisfies(row -> assertThat(row.taken()).isEqualTo(3)).satisfies(row -> assertThat(row.running()).isTrue());
  }

  @Test
  void measuresATaskByTheDueDateTheKetuaMovedAndListsAnEndedRequestForItsArchive() {
    freshEngine();
    at("2026-05-04T09:00");                        // Monday: step 1 is due Tuesday at 16:00
    ProcessInstance moved = start("LI-GESER");
    ProcessInstance referred = start("LI-RUJUK");
    // The Ketua gives the first one until Wednesday.
    taskService().setDueDate(task("Task_RegisterRequest", moved).getId(), Date.from(OffsetDateTime.parse(
        "2026-05-06T16:00:00+07:00").toInstant()));
    at("2026-05-06T10:00");
    register(moved);                               // the second working day: late by the SOP, on time by Wednesday
    complete(claim(task("Task_RegisterRequest", referred), "rina"),
        withVariables("serviceType", "KONSELING", "referralReason", "Perlu konseling keluarga."));
    BpmnAwareTests.assertThat(referred).isEnded();

    CompliancePeriod may = CompliancePeriod.parse("2026-05", LocalDate.of(2026, 5, 6));
    StepFigures registration = compliance.report(may, OfficeFilter.ALL).steps().get(0);
    assertThat(registration.completed()).isEqualTo(2);
    assertThat(registration.completedWithinLimit()).as("the moved one").isEqualTo(1);
    assertThat(keys(compliance.instances(may, Figure.LATE, 1, null, null, OfficeFilter.ALL))).containsExactly(referred.getId());
    List<InstanceRow> completed = compliance.instances(may, Figure.COMPLETED, 1, null, null, OfficeFilter.ALL);
    assertThat(completed).extracting(InstanceRow::processInstanceId).containsExactlyInAnyOrder(moved.getId(), referred.getId());
    // The plugin links a running request to Cockpit, an ended one to the archive by its registration number.
    InstanceRow ended = completed.stream().filter(row -> row.processInstanceId().equals(referred.getId())).findFirst()
        .orElseThrow();
    assertThat(ended.running()).isFalse();
    assertThat(ended.businessKey()).isEqualTo(historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(referred.getId()).singleResult().getBusinessKey()).matches("LI-3671-2026-\\d{4}");
    assertThat(completed).filteredOn(row -> row.processInstanceId().equals(moved.getId()))
        .singleElement().satisfies(row -> assertThat(row.running()).isTrue());
  }

  @Test
  void listsAtMost200RequestsBehindAFigureTheMostUrgentFirstAndCountsThemAll() {
    freshEngine();
    at("2026-05-05T09:00");
    ProcessInstance first = start("LI-PERTAMA");   // due Wednesday 6 May, a day before the others
    at("2026-05-06T09:00");
    for (int i = 0; i < 200; i++) {
      start("LI-BANYAK-" + i);
    }
    at("2026-05-20T10:00");
    CompliancePeriod may = CompliancePeriod.parse("2026-05", LocalDate.of(2026, 5, 20));
    assertThat(compliance.report(may, OfficeFilter.ALL).steps().get(0).overdue()).isEqualTo(201);
    List<InstanceRow> listed = compliance.instances(may, Figure.OVERDUE, 1, null, null, OfficeFilter.ALL);
    assertThat(listed).hasSize(200);
    assertThat(listed.get(0).processInstanceId()).isEqualTo(first.getId());
  }

  private static List<Object> keys(List<InstanceRow> rows) {
    assertThat(rows).allSatisfy(row -> assertThat(row.businessKey()).matches("LI-3671-2026-\\d{4}"));
    return rows.stream().map(row -> (Object) row.processInstanceId()).toList();
  }

  private static void at(String wib) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(wib + ":00+07:00").toInstant()));
  }

  private static ProcessInstance start(String key) {
    return runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, key, request());
  }

  private static void register(ProcessInstance pi) {
    complete(claim(task("Task_RegisterRequest", pi), "rina"),
        withVariables("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan."));
    runAsyncSteps(pi);
  }

  private static void mapNeeds(ProcessInstance pi) {
    complete(claim(task("Task_MapNeeds", pi), "budi"), withVariables("needsMap", "Penyuluhan pengasuhan."));
  }

  private static void fireTimer(ProcessInstance pi, String step, String wib) {
    at(wib);
    execute(jobQuery().processInstanceId(pi.getId()).activityId("BoundaryEvent_" + step + "Overdue").executable().singleResult());
  }
}
