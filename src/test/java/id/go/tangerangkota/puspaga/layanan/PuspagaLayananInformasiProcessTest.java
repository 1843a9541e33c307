package id.go.tangerangkota.puspaga.layanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class PuspagaLayananInformasiProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("layanan-informasi-process-test");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration)
          .assertClassCoverageAtLeast(1.0)
          .build();

  /** Monday 30 November 2026, 09:00 in Tangerang. */
  static final OffsetDateTime MONDAY_MORNING = OffsetDateTime.parse("2026-11-30T09:00:00+07:00");

  @BeforeEach
  void setClock() {
    init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void takesAnInformationRequestThroughAllNineSteps() throws Exception {
    ProcessInstance pi = startRequest();
    assertThat(pi).isWaitingAt("Task_RegisterRequest");
    assertDue("Task_RegisterRequest", "2026-12-01T16:00:00+07:00");
    assertThat(task()).hasCandidateGroup("administrasi");

    complete(claimedBy(pi, "rina"), withVariables("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan."));
    assertThat(pi).isWaitingAt("Task_GenerateDispositionSheet");
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_MapNeeds");
    FileValue disposition = runtimeService().getVariableTyped(pi.getId(), "dokumenLembarDisposisi");
    assertThat(disposition.getMimeType()).isEqualTo("application/pdf");
    assertThat(PdfText.of(disposition)).contains("LEMBAR DISPOSISI", "001/DISP/PUSPAGA-3671/XI/2026", "Siti Aminah",
        "Mohon dipetakan.", "30 November 2026");
    assertThat(((SpinJsonNode) runtimeService().getVariable(pi.getId(), "documents")).elements())
        .extracting(d -> d.prop("number").stringValue()).containsExactly("001/DISP/PUSPAGA-3671/XI/2026");
    assertThat(task()).hasCandidateGroup("konselor");
    assertDue("Task_MapNeeds", "2026-12-09T16:00:00+07:00");

    complete(claimedBy(pi, "budi"), withVariables("needsMap", "Orang tua di Cipondoh meminta materi pengasuhan digital."));
    assertThat(pi).isWaitingAt("Task_SubmitWorkProgram");
    assertThat(task()).isAssignedTo("budi");
    assertDue("Task_SubmitWorkProgram", "2026-12-01T16:00:00+07:00");

    complete(task(pi), workProgram("2027-03-31", "[{\"title\":\"Seminar pengasuhan digital\",\"date\":\"2027-02-10\"},"
        + "{\"title\":\"Kelas hak anak\",\"date\":\"2027-01-14\"}]"));
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_ReviewWorkProgram");
    assertThat(PdfText.of(runtimeService().getVariableTyped(pi.getId(), "dokumenFormulirProgramKerja")))
        .contains("FORMULIR PENGAJUAN PROGRAM KERJA", "001/FPK/PUSPAGA-3671/XI/2026", "Pengasuhan di era digital",
            "Kelas hak anak", "14 Januari 2027", "31 Maret 2027", "Koordinator budi", "Disposisi Ketua PUSPAGA");
    assertThat(task()).hasCandidateGroup("ketua");
    assertDue("Task_ReviewWorkProgram", "2026-12-07T16:00:00+07:00");
    assertThat((String) runtimeService().getVariable(pi.getId(), "activitiesSummary"))
        .isEqualTo("1. Kelas hak anak - 14 Januari 2027\n2. Seminar pengasuhan digital - 10 Februari 2027");

    complete(claimedBy(pi, "sari"), withVariables("workProgramApproved", "true", "reviewNotes", "Setuju."));
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_CarryOutActivity");
    assertThat(PdfText.of(runtimeService().getVariableTyped(pi.getId(), "dokumenSuratTugas")))
        .contains("SURAT TUGAS", "001/ST/PUSPAGA-3671/XI/2026", "Pengasuhan di era digital", "Ketua PUSPAGA, sari");
    assertThat(runtimeService().getVariable(pi.getId(), "workProgramApproved")).isEqualTo(true);
    assertThat(jobQuery().activityId("BoundaryEvent_WorkProgramOverdue").singleResult().getDuedate())
        .isEqualTo(instant("2027-03-31T16:00:00+07:00"));
    List<Task> carryOuts = taskQuery().taskDefinitionKey("Task_CarryOutActivity").list();
    assertThat(carryOuts).hasSize(2);
    assertThat(carryOuts).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(instant("2027-03-31T16:00:00+07:00")));
    assertThat(carryOuts).extracting(t -> taskService().getVariable(t.getId(), "activityTitle"))
        .containsExactlyInAnyOrder("Kelas hak anak", "Seminar pengasuhan digital");

    ClockUtil.setCurrentTime(instant("2027-02-11T09:00:00+07:00"));
    for (Task carryOut : carryOuts) {
      String title = (String) taskService().getVariable(carryOut.getId(), "activityTitle");
      String plannedOn = (String) taskService().getVariable(carryOut.getId(), "activityDate");
      complete(carryOut, withVariables("activityHeldOn", plannedOn, "activityParticipants", 30L,
          "activityExecutor", "Dewi Konselor"));
      Task report = taskQuery().taskDefinitionKey("Task_ReportActivity").list().stream()
          .filter(t -> title.equals(taskService().getVariable(t.getId(), "activityTitle"))).findFirst().orElseThrow();
      assertThat(report.getDueDate()).isEqualTo(instant("2027-02-18T16:00:00+07:00"));
      complete(report, withVariables("activitySummary", "Terlaksana sesuai rencana: " + title,
          "activityOutcome", "Peserta memahami materi."));
      runAsyncSteps(pi);
    }
    assertThat(PdfText.of(runtimeService().getVariableTyped(pi.getId(), "dokumenLaporanKegiatan"))
        + PdfText.of(runtimeService().getVariableTyped(pi.getId(), "dokumenLaporanKegiatan2")))
        .contains("LAPORAN KEGIATAN", "001/LK/PUSPAGA-3671/II/2027", "002/LK/PUSPAGA-3671/II/2027", "Kelas hak anak",
            "Seminar pengasuhan digital", "Dewi Konselor", "Peserta memahami materi.");
    assertThat(pi).isWaitingAt("Task_CompileProgramReport");
    assertThat(task()).isAssignedTo("budi");
    assertDue("Task_CompileProgramReport", "2027-02-25T16:00:00+07:00");
    SpinJsonNode reports = (SpinJsonNode) runtimeService().getVariable(pi.getId(), "activityReports");
    assertThat(reports.elements()).hasSize(2);
    assertThat((String) runtimeService().getVariable(pi.getId(), "activityReportsSummary"))
        .contains("Kelas hak anak", "Seminar pengasuhan digital", "30 peserta", "Dewi Konselor")
        .containsPattern("rencana \\d{1,2} \\p{L}+ \\d{4}, dilaksanakan \\d{1,2} \\p{L}+ \\d{4}")
        .as("dates as people read them").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

    complete(task(), withVariables("programReportSummary", "Dua kegiatan terlaksana.", "programEvaluation", "Sesuai rencana."));
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_CoordinateProgramReport");
    assertThat(PdfText.of(runtimeService().getVariableTyped(pi.getId(), "dokumenLaporanProgram")))
        .contains("LAPORAN PELAKSANAAN PROGRAM KERJA", "Dua kegiatan terlaksana.", "14 Januari 2027", "10 Februari 2027",
            "Semua batas waktu SOP dipenuhi.");
    assertThat(PdfText.of(runtimeService().getVariableTyped(pi.getId(), "dokumenSuratPemberianLaporan")))
        .contains("SURAT PEMBERIAN LAPORAN", "Pengasuhan di era digital");
    assertDue("Task_CoordinateProgramReport", "2027-02-15T16:00:00+07:00");

    complete(claimedBy(pi, "sari"), withVariables("coordinationNotes", "Diterima."));
    assertThat(pi).isWaitingAt("Task_ArchiveProgramReport");
    assertThat(task()).hasCandidateGroup("administrasi");
    assertDue("Task_ArchiveProgramReport", "2027-02-12T16:00:00+07:00");

    complete(claimedBy(pi, "rina"), withVariables("filesReceived", true));
    assertThat(pi).isWaitingAt("Task_ArchiveDocuments");
    runAsyncSteps(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_ReportArchived");
    List<Map<String, Object>> archived = ENGINE.jdbc.queryForList(
        "select document_type, document_number, sha256, content, receipt_number from archive_document where process_instance_id = ?",
        pi.getId());
    assertThat(archived).extracting(row -> row.get("document_type")).containsExactlyInAnyOrder("LEMBAR_DISPOSISI",
        "FORMULIR_PROGRAM_KERJA", "SURAT_TUGAS", "LAPORAN_KEGIATAN", "LAPORAN_KEGIATAN", "LAPORAN_PROGRAM",
        "SURAT_PEMBERIAN_LAPORAN", "TANDA_TERIMA");
    assertThat(archived).allSatisfy(row -> assertThat(row.get("sha256"))
        .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest((byte[]) row.get("content")))));
    String receipt = (String) archived.get(0).get("receipt_number");
    String receiptText = PdfText.of((FileValue) historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("dokumenTandaTerima").singleResult().getTypedValue());
    assertThat(receiptText).contains("TANDA TERIMA", receipt, "rina");
    archived.stream().filter(row -> !"TANDA_TERIMA".equals(row.get("document_type")))
        .forEach(row -> assertThat(receiptText.replaceAll("\\s", "")).contains((String) row.get("document_number"), (String) row.get("sha256")));
    assertThat(ENGINE.breaches.breachesOf(pi.getId())).isEmpty();
    assertThat(ENGINE.referrals.referralsOf(pi.getId())).isEmpty();
    assertThat(ENGINE.invitations.find(pi.getId())).as("invited to the survey at the end").hasValueSatisfying(invitation -> {
      assertThat(invitation.used()).isFalse();
      assertThat(invitation.registrationNumber()).isEqualTo(runtimeVariable(pi, "registrationNumber"));
    });
  }

  @Test
  void refersACounsellingRequestToItsSopAndEnds() {
    ProcessInstance pi = startRequest();
    complete(claimedBy(pi, "rina"), withVariables("serviceType", "KONSELING", "referralReason", "Kasus pengasuhan perlu konseling."));
    assertThat(pi).isEnded().hasPassed("Task_RecordReferral", "EndEvent_ReferredToCounselling");
    assertThat(ENGINE.referrals.referralsOf(pi.getId())).singleElement().satisfies(row -> {
      assertThat(row.get("SERVICE_TYPE")).isEqualTo("KONSELING");
      assertThat(row.get("REASON")).isEqualTo("Kasus pengasuhan perlu konseling.");
      assertThat(row.get("REFERRED_BY")).isEqualTo("rina");
    });
    assertThat(ENGINE.invitations.find(pi.getId())).as("a referred request is surveyed too")
        .hasValueSatisfying(invitation -> assertThat(invitation.serviceMonth()).hasToString("2026-11"));
  }

  @Test
  void refersAnOutreachRequestToItsSopAndEnds() {
    ProcessInstance pi = startRequest();
    complete(claimedBy(pi, "rina"), withVariables("serviceType", "PENJANGKAUAN", "referralReason", "Perlu kunjungan ke sekolah."));
    assertThat(pi).isEnded().hasPassed("EndEvent_ReferredToOutreach");
    assertThat(ENGINE.referrals.referralsOf(pi.getId())).singleElement()
        .satisfies(row -> assertThat(row.get("SERVICE_TYPE")).isEqualTo("PENJANGKAUAN"));
    assertThat(ENGINE.invitations.find(pi.getId())).isPresent();
  }

  static String runtimeVariable(ProcessInstance pi, String name) {
    return (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  @Test
  void sendsARejectedProgramBackToTheCoordinatorWithTheKetuasNotesUntilApproved() {
    ProcessInstance pi = startAt("Task_ReviewWorkProgram");
    complete(claimedBy(pi, "sari"), withVariables("workProgramApproved", false, "reviewNotes", "Tambahkan kegiatan untuk remaja."));
    assertThat(pi).isWaitingAt("Task_SubmitWorkProgram");
    assertThat(task()).isAssignedTo("budi");
    assertThat(taskService().getVariable(task().getId(), "reviewNotes")).isEqualTo("Tambahkan kegiatan untuk remaja.");

    complete(task(), workProgram("2027-01-29", "[{\"title\":\"Kelas remaja\",\"date\":\"2027-01-20\"}]"));
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_ReviewWorkProgram");
    // The second review starts blank and shows the first round's notes with their date.
    String secondReview = task().getId();
    assertThat(taskService().getVariable(secondReview, "reviewNotes")).isNull();
    assertThat(taskService().getVariable(secondReview, "reviewHistory")).asString()
        .matches("Putaran 1, \\d{1,2} \\p{L}+ \\d{4} \\(sari\\): dikembalikan untuk direvisi\\. Catatan: Tambahkan kegiatan untuk remaja\\.");
    complete(claimedBy(pi, "sari"), withVariables("workProgramApproved", true));
    assertThat(runtimeService().getVariable(pi.getId(), "reviewNotes")).as("the approval keeps no old send-back text").isNull();
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_CarryOutActivity");
    assertThat(taskService().getVariable(task().getId(), "activityTitle")).isEqualTo("Kelas remaja");
    assertThat(taskService().getVariable(task().getId(), "activityDateText")).as("shown read-only").isEqualTo("20 Januari 2027");
  }

  @Test
  void keepsTheReviewOpenWhenARejectionHasNoNotes() {
    ProcessInstance pi = startAt("Task_ReviewWorkProgram");
    Task review = claimedBy(pi, "sari");
    assertThatThrownBy(() -> taskService().complete(review.getId(), withVariables("workProgramApproved", false, "reviewNotes", " ")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Catatan Ketua (reviewNotes) wajib diisi");
    assertThat(pi).isWaitingAt("Task_ReviewWorkProgram");
    assertThat(runtimeService().getVariable(pi.getId(), "workProgramApproved")).isNull();
  }

  @ParameterizedTest(name = "SOP step {1}: {0}")
  @CsvSource({
      "Task_RegisterRequest,         1, administrasi, 2026-12-01T16:00:00+07:00",
      "Task_MapNeeds,                2, konselor,     2026-12-09T16:00:00+07:00",
      "Task_SubmitWorkProgram,       3, konselor,     2026-12-01T16:00:00+07:00",
      "Task_ReviewWorkProgram,       4, ketua,        2026-12-07T16:00:00+07:00",
      "Task_CompileProgramReport,    7, konselor,     2026-12-14T16:00:00+07:00",
      "Task_CoordinateProgramReport, 8, ketua,        2026-12-02T16:00:00+07:00",
      "Task_ArchiveProgramReport,    9, administrasi, 2026-12-01T16:00:00+07:00"})
  void recordsABreachWhenAStepOverrunsItsLimitAndLeavesTheTaskOpen(
      String taskKey, int sopStep, String group, String deadline) {
    ProcessInstance pi = startAt(taskKey);
    assertDue(taskKey, deadline);
    Task open = task(pi);

    Date firedAt = fireTimerAfter(taskKey, deadline);

    assertThat(pi).isWaitingAt(taskKey).hasPassed("EndEvent_" + taskKey.substring(5) + "BreachRecorded");
    assertThat(task(pi).getId()).isEqualTo(open.getId());
    assertThat(ENGINE.breaches.breachesOf(pi.getId())).singleElement().satisfies(row -> {
      assertThat(row.get("sop_step")).isEqualTo(sopStep);
      assertThat(row.get("activity_id")).isEqualTo(taskKey);
      assertThat(row.get("task_id")).isEqualTo(open.getId());
      assertThat(row.get("assignee")).isEqualTo(open.getAssignee());
      assertThat(row.get("candidate_group")).isEqualTo(group);
      assertThat(instantOf(row.get("deadline"))).isEqualTo(instant(deadline).toInstant());
      assertThat(instantOf(row.get("fired_at"))).isEqualTo(firedAt.toInstant());
    });
    SpinJsonNode visibleInCockpit = (SpinJsonNode) runtimeService().getVariable(pi.getId(), "sopBreaches");
    assertThat(visibleInCockpit.elements()).singleElement().satisfies(breach -> {
      assertThat(breach.prop("sopStep").numberValue()).isEqualTo(sopStep);
      assertThat(breach.prop("deadline").stringValue()).isEqualTo(deadline);
    });
  }

  @Test
  void recordsABreachOfTheProgramPeriodAndKeepsTheActivitiesOpen() {
    ProcessInstance pi = startAt("SubProcess_WorkProgram");
    assertThat(pi).isWaitingAt("Task_CarryOutActivity");

    fireTimerAfter("WorkProgram", "2027-01-29T16:00:00+07:00");

    assertThat(pi).isWaitingAt("Task_CarryOutActivity").hasPassed("EndEvent_WorkProgramBreachRecorded");
    assertThat(ENGINE.breaches.breachesOf(pi.getId())).singleElement().satisfies(row -> {
      assertThat(row.get("sop_step")).isEqualTo(5);
      assertThat(row.get("activity_id")).isEqualTo("SubProcess_WorkProgram");
      assertThat(row.get("candidate_group")).isEqualTo("konselor");
      assertThat(row.get("task_id")).isNull();
      assertThat(instantOf(row.get("deadline"))).isEqualTo(instant("2027-01-29T16:00:00+07:00").toInstant());
    });
  }

  @Test
  void recordsALateActivityReportAgainstTheReportOfThatActivity() {
    Map<String, Object> twoActivities = withVariables("activities", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        "[{\"title\":\"Kelas A\",\"date\":\"2027-01-20\"},{\"title\":\"Kelas B\",\"date\":\"2027-01-21\"}]").create());
    ProcessInstance pi = startAt("SubProcess_WorkProgram", twoActivities);
    for (Task carryOut : taskQuery().taskDefinitionKey("Task_CarryOutActivity").list()) {
      complete(carryOut, withVariables("activityHeldOn", "2026-11-30", "activityParticipants", 12L, "activityExecutor", "Dewi"));
    }
    Task reportB = taskQuery().taskDefinitionKey("Task_ReportActivity").list().stream()
        .filter(t -> "Kelas B".equals(taskService().getVariable(t.getId(), "activityTitle"))).findFirst().orElseThrow();
    claim(reportB, "dewi");
    String scopeOfB = runtimeService().createExecutionQuery().processInstanceId(pi.getId()).list().stream()
        .filter(e -> jobQuery().executionId(e.getId()).activityId("BoundaryEvent_ReportActivityOverdue").count() == 1)
        .filter(e -> "Kelas B".equals(runtimeService().getVariable(e.getId(), "activityTitle")))
        .findFirst().orElseThrow().getId();
    ClockUtil.setCurrentTime(instant("2026-12-07T16:01:00+07:00"));

    execute(jobQuery().executionId(scopeOfB).activityId("BoundaryEvent_ReportActivityOverdue").singleResult());

    assertThat(taskQuery().taskDefinitionKey("Task_ReportActivity").count()).isEqualTo(2);
    assertThat(ENGINE.breaches.breachesOf(pi.getId())).singleElement().satisfies(row -> {
      assertThat(row.get("sop_step")).isEqualTo(6);
      assertThat(row.get("task_id")).isEqualTo(reportB.getId());
      assertThat(row.get("assignee")).isEqualTo("dewi");
    });
  }

  @Test
  void countsWorkingDaysAcrossTheNyepiAndIdulFitriBlock() {
    ClockUtil.setCurrentTime(instant("2026-03-17T10:00:00+07:00"));
    startRequest();
    assertDue("Task_RegisterRequest", "2026-03-25T16:00:00+07:00");
  }

  @Test
  void movesATwoDayLimitThatEndsOnChristmasCutiBersamaToTheNextWorkingDay() {
    ClockUtil.setCurrentTime(instant("2026-12-22T11:00:00+07:00"));
    startAt("Task_CoordinateProgramReport");
    assertDue("Task_CoordinateProgramReport", "2026-12-28T16:00:00+07:00");
  }

  private static Date fireTimerAfter(String taskKey, String deadline) {
    String boundary = "BoundaryEvent_" + (taskKey.startsWith("Task_") ? taskKey.substring(5) : taskKey) + "Overdue";
    Date firedAt = Date.from(OffsetDateTime.parse(deadline).plusMinutes(1).toInstant());
    ClockUtil.setCurrentTime(firedAt);
    Job timer = jobQuery().activityId(boundary).singleResult();
    assertThat(managementService().createJobQuery().jobId(timer.getId()).executable().count()).isEqualTo(1);
    execute(timer);
    return firedAt;
  }

  private static java.time.Instant instantOf(Object timestamp) {
    if (timestamp instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((java.sql.Timestamp) timestamp).toInstant();
  }

  private ProcessInstance startRequest() {
    return runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, "LI-TEST", request());
  }

  /** Starts mid-process, with what the earlier steps would have stored. */
  ProcessInstance startAt(String activityId) {
    return startAt(activityId, Map.of());
  }

  ProcessInstance startAt(String activityId, Map<String, Object> overrides) {
    Map<String, Object> variables = request();
    variables.putAll(withVariables("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan.",
        "coordinator", "budi", "needsMap", "Kebutuhan pengasuhan.", "programTitle", "Program pengasuhan",
        "programObjective", "Orang tua paham pengasuhan positif.", "programEndDate", "2027-01-29",
        "activities", org.camunda.spin.plugin.variable.SpinValues
            .jsonValue("[{\"title\":\"Kelas pengasuhan\",\"date\":\"2027-01-20\"}]").create()));
    variables.putAll(overrides);
    return runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .businessKey("LI-TEST").setVariables(variables).startBeforeActivity(activityId).execute();
  }

  private static Task claimedBy(ProcessInstance pi, String userId) {
    Task task = task(pi);
    claim(task, userId);
    return taskQuery().taskId(task.getId()).singleResult();
  }

  static void assertDue(String taskDefinitionKey, String expected) {
    Task task = taskQuery().taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task.getDueDate()).as("due date of " + taskDefinitionKey).isEqualTo(instant(expected));
    String boundary = "BoundaryEvent_" + taskDefinitionKey.substring("Task_".length()) + "Overdue";
    Job timer = jobQuery().activityId(boundary).singleResult();
    assertThat(timer.getDuedate()).as("timer " + boundary).isEqualTo(instant(expected));
  }

}
