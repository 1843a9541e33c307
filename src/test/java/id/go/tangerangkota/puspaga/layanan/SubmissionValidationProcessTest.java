package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the server refuses, whatever client submitted it: the task stays open, nothing is stored. */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class SubmissionValidationProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("submission-validation-process-test");

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "end date in the past        | 2026-11-27 | [{\"title\":\"Kelas\",\"date\":\"2026-12-10\"}]  | sudah lewat",
      "end date beyond six months  | 2027-06-01 | [{\"title\":\"Kelas\",\"date\":\"2026-12-10\"}]  | paling lambat 30 Mei 2027",
      "end date not a date         | akhir Desember | [{\"title\":\"Kelas\",\"date\":\"2026-12-10\"}]  | harus ditulis tanggal/bulan/tahun (HH/BB/TTTT)",
      "empty list of activities    | 2027-03-31 | []                                                | tidak boleh kosong",
      "activity after the program  | 2027-01-29 | [{\"title\":\"Kelas\",\"date\":\"2027-02-01\"}]  | di luar periode program",
      "activity before today       | 2027-01-29 | [{\"title\":\"Kelas\",\"date\":\"2026-11-01\"}]  | di luar periode program",
      "activity without a title    | 2027-01-29 | [{\"title\":\" \",\"date\":\"2026-12-10\"}]      | nama kegiatan (title) wajib diisi",
      "activities not a list       | 2027-01-29 | {\"title\":\"Kelas\"}                            | harus berupa daftar",
      "activities not JSON         | 2027-01-29 | Kelas pengasuhan                                  | harus berupa daftar JSON"})
  void refusesAWorkProgramThatBreaksAnSopRule(String rule, String endDate, String activities, String message) {
    ProcessInstance pi = startAt("Task_SubmitWorkProgram");
    Task submit = task(pi);

    assertThatThrownBy(() -> taskService().complete(submit.getId(), workProgram(endDate, activities)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining(message);

    assertThat(pi).isWaitingAt("Task_SubmitWorkProgram");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), "programEndDate")).isEqualTo("2027-01-29");
  }

  @Test
  void acceptsAnActivityListSentAsJsonTextAndAnEndDateWithTime() {
    ProcessInstance pi = startAt("Task_SubmitWorkProgram");
    complete(task(pi), workProgram("2027-05-30T00:00:00", "[{\"title\":\"Kelas\",\"date\":\"2027-05-30\"}]"));
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_ReviewWorkProgram");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), "programEndDate")).isEqualTo("2027-05-30");
  }

  @Test
  void refusesARegistrationWithoutAServiceType() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("serviceType", "LAINNYA")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Jenis layanan (serviceType) harus salah satu dari INFORMASI, KONSELING, PENJANGKAUAN");
    assertThat(pi).isWaitingAt("Task_RegisterRequest");
  }

  @Test
  void refusesAReferralWithoutItsReason() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("serviceType", "KONSELING")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Alasan rujukan (referralReason) wajib diisi");
    assertThat(pi).isWaitingAt("Task_RegisterRequest");
    org.assertj.core.api.Assertions.assertThat(ENGINE.referrals.referralsOf(pi.getId())).isEmpty();
  }

  @Test
  void refusesToApproveAProgramWhoseEndDateHasPassedMeanwhile() {
    ProcessInstance pi = startAt("Task_ReviewWorkProgram");
    ClockUtil.setCurrentTime(instant("2027-02-01T09:00:00+07:00"));
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("workProgramApproved", true)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("tidak dapat disetujui");
    assertThat(pi).isWaitingAt("Task_ReviewWorkProgram");
  }

  @Test
  void refusesAReviewWithoutADecision() {
    ProcessInstance pi = startAt("Task_ReviewWorkProgram");
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("reviewNotes", "Bagus")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Keputusan (workProgramApproved) wajib dipilih");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "held in the future       | 2026-12-01 | 10 | Dewi | belum terjadi",
      "held on no real day      | 2026-02-30 | 10 | Dewi | harus ditulis tanggal/bulan/tahun (HH/BB/TTTT)",
      "held on, month first     | 11/30/2026 | 10 | Dewi | \"11/30/2026\" tidak ada di kalender: tulis tanggal/bulan/tahun",
      "held on, two-digit year  | 30/11/26   | 10 | Dewi | harus ditulis tanggal/bulan/tahun",
      "negative participants    | 2026-11-30 | -1 | Dewi | Jumlah peserta",
      "no executor              | 2026-11-30 | 10 | ' '  | Pelaksana kegiatan (activityExecutor) wajib diisi"})
  void refusesAnActivityRecordThatCannotBeTrue(String rule, String heldOn, long participants, String executor, String message) {
    ProcessInstance pi = startAt("SubProcess_WorkProgram");
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), withVariables("activityHeldOn", heldOn,
        "activityParticipants", participants, "activityExecutor", executor)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining(message);
    assertThat(pi).isWaitingAt("Task_CarryOutActivity");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no requester name        | requesterName     | ' '          | Nama pemohon (requesterName) wajib diisi",
      "no background            | requestBackground | ' '          | Latar belakang kebutuhan (requestBackground) wajib diisi",
      "no disposition           | dispositionNotes  | ' '          | Isi disposisi kepada koordinator (dispositionNotes) wajib diisi",
      "phone with letters       | requesterPhone    | 0812-ABC-999 | Nomor telepon pemohon (requesterPhone) hanya boleh berisi angka",
      "phone too short          | requesterPhone    | 12345        | 6 sampai 20 karakter",
      "unknown topic            | topic             | POLITIK      | Topik (topic) harus salah satu dari HAK_ANAK, PENGASUHAN",
      "unknown channel          | requestChannel    | MERPATI      | Saluran permohonan (requestChannel) harus salah satu dari",
      "walk-in without consent  | personalDataConsentGiven | ' '   | Persetujuan pemrosesan data pribadi (personalDataConsentGiven) wajib diisi",
      "consent given somehow    | personalDataConsentGiven | KEDIP | harus salah satu dari LISAN, TERTULIS"})
  void refusesARegistrationThatBreaksAnSopRule(String rule, String variable, String value, String message) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    Map<String, Object> registration = new java.util.HashMap<>(withVariables("serviceType", "INFORMASI",
        "dispositionNotes", "Mohon dipetakan."));
    registration.put(variable, value);

    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), registration))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining(message);

    assertThat(pi).isWaitingAt("Task_RegisterRequest");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .as("nothing stored").doesNotContainKeys("registeredBy", "serviceType", "dispositionNotes")
        .containsAllEntriesOf(request());
  }

  @Test
  void aWalkInRegistrationRecordsHowConsentWasGivenAndByWhom() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    Map<String, Object> registration = new java.util.HashMap<>(withVariables("serviceType", "INFORMASI",
        "dispositionNotes", "Mohon dipetakan.", "personalDataConsentGiven", "LISAN"));
    taskService().claim(task(pi).getId(), "rina");
    taskService().complete(task(pi).getId(), registration);
    org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), "personalDataConsent"))
        .startsWith("LISAN ").endsWith(" rina");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no title                 | programTitle     | ' ' | Judul program kerja (programTitle) wajib diisi",
      "no objective             | programObjective | ' ' | Tujuan dan sasaran program (programObjective) wajib diisi"})
  void refusesAWorkProgramWithoutItsTitleOrObjective(String rule, String variable, String value, String message) {
    ProcessInstance pi = startAt("Task_SubmitWorkProgram");
    Map<String, Object> program = new java.util.HashMap<>(workProgram("2027-01-29", "[{\"title\":\"Kelas\",\"date\":\"2026-12-10\"}]"));
    program.put(variable, value);

    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), program))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining(message);

    assertThat(pi).isWaitingAt("Task_SubmitWorkProgram");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), variable)).as("nothing stored")
        .isEqualTo(variable.equals("programTitle") ? "Program" : "Tujuan");
  }

  @Test
  void refusesAnActivityWithoutADate() {
    ProcessInstance pi = startAt("Task_SubmitWorkProgram");
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(),
        workProgram("2027-01-29", "[{\"title\":\"Kelas\"}]")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Kegiatan ke-1 (Kelas): tanggal (date) wajib diisi");
    assertThat(pi).isWaitingAt("Task_SubmitWorkProgram");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), "programTitle")).isEqualTo("Program");
  }

  @Test
  void storesADateTypedDayFirstAsThatDay() {
    ProcessInstance pi = startAt("SubProcess_WorkProgram");
    taskService().complete(task(pi).getId(), withVariables("activityHeldOn", "30/11/2026",
        "activityParticipants", 10L, "activityExecutor", "Dewi"));
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("activityHeldOn").singleResult().getValue()).isEqualTo("2026-11-30");
  }

  @Test
  void refusesAFractionalNumberOfParticipants() {
    ProcessInstance pi = startAt("SubProcess_WorkProgram");
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), withVariables("activityHeldOn", "2026-11-30",
        "activityParticipants", 12.5, "activityExecutor", "Dewi")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Jumlah peserta (activityParticipants) wajib diisi dengan bilangan bulat");
    assertThat(pi).isWaitingAt("Task_CarryOutActivity");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName("activityExecutor").list()).allSatisfy(v -> org.assertj.core.api.Assertions.assertThat(v.getValue()).isNull());
  }

  @Test
  void refusesAnActivityHeldBeforeTheProgramWasApproved() {
    Map<String, Object> variables = request();
    variables.putAll(withVariables("serviceType", "INFORMASI", "coordinator", "budi", "programTitle", "Program",
        "programObjective", "Tujuan", "programEndDate", "2027-01-29",
        "workProgramApprovedAt", java.util.Date.from(java.time.OffsetDateTime.parse("2026-11-30T09:00:00+07:00").toInstant()),
        "activities", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"title\":\"Kelas\",\"date\":\"2027-01-20\"}]").create()));
    ProcessInstance pi = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(variables).startBeforeActivity("SubProcess_WorkProgram").execute();
    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), withVariables("activityHeldOn", "05/11/2026",
        "activityParticipants", 10L, "activityExecutor", "Dewi")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessage("Tanggal pelaksanaan (5 November 2026) lebih awal dari persetujuan program kerja (30 November 2026):"
            + " kegiatan dilaksanakan sesudah program disetujui. Periksa tanggalnya, ditulis tanggal/bulan/tahun"
            + " (HH/BB/TTTT).");
    assertThat(pi).isWaitingAt("Task_CarryOutActivity");
  }

  @Test
  void refusesToApproveAProgramEndingMoreThanSixMonthsAfterTheApproval() {
    Map<String, Object> variables = request();
    variables.putAll(withVariables("serviceType", "INFORMASI", "coordinator", "budi", "programTitle", "Program",
        "programObjective", "Tujuan", "programEndDate", "2027-06-15",
        "activities", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"title\":\"Kelas\",\"date\":\"2027-01-20\"}]").create()));
    ProcessInstance pi = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(variables).startBeforeActivity("Task_ReviewWorkProgram").execute();

    assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("workProgramApproved", true)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("tidak dapat disetujui: periode program harus berakhir antara hari ini dan 30 Mei 2027");
    assertThat(pi).isWaitingAt("Task_ReviewWorkProgram");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), "workProgramApproved")).isNull();
  }

  private static ProcessInstance startAt(String activityId) {
    Map<String, Object> variables = request();
    variables.putAll(withVariables("serviceType", "INFORMASI", "coordinator", "budi", "programTitle", "Program",
        "programObjective", "Tujuan", "programEndDate", "2027-01-29",
        "activities", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"title\":\"Kelas pengasuhan\",\"date\":\"2027-01-20\"}]").create()));
    return runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(variables).startBeforeActivity(activityId).execute();
  }
}
