package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.compliance.ComplianceService;
import id.go.tangerangkota.puspaga.compliance.MonthlyFiguresQuery;
import id.go.tangerangkota.puspaga.compliance.MonthlyReports;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly client report of a seeded March 2026: a school's request carried through an
 * approved program and one activity, a parent's request referred to counselling, and a request
 * of 1 April that belongs to the next month.
 */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class MonthlyReportProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("monthly-report-process-test");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration).build();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reportsAMonthAsANumberedPdfAndACsvWithTheSameFigures() {
    init(extension.getProcessEngine());
    at("2026-03-02T09:00");
    ProcessInstance school = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    at("2026-03-02T10:00");
    complete(claim(task("Task_RegisterRequest", school), "rina"),
        withVariables("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan."));
    runAsyncSteps(school);
    at("2026-03-03T10:00");
    complete(claim(task("Task_MapNeeds", school), "budi"), withVariables("needsMap", "Pengasuhan digital."));
    complete(task("Task_SubmitWorkProgram", school),
        workProgram("2026-04-30", "[{\"title\":\"Kelas pengasuhan\",\"date\":\"2026-03-10\"}]"));
    runAsyncSteps(school);
    at("2026-03-04T10:00");
    complete(claim(task("Task_ReviewWorkProgram", school), "sari"), withVariables("workProgramApproved", "true"));
    runAsyncSteps(school);
    at("2026-03-10T15:00");
    complete(claim(task("Task_CarryOutActivity", school), "dewi"), withVariables("activityHeldOn", "10/03/2026",
        "activityParticipants", 30L, "activityExecutor", "Dewi Konselor"));
    at("2026-03-11T10:00");
    Task report = task("Task_ReportActivity", school);
    complete(claim(report, "dewi"), withVariables("activitySummary", "Terlaksana.", "activityOutcome", "Paham."));
    runAsyncSteps(school);

    at("2026-03-05T09:00");
    Map<String, Object> parent = request();
    parent.remove("requesterInstitution");
    parent.put("topic", "HAK_ANAK");
    parent.put("requestChannel", "TELEPON");
    parent.put("personalDataConsentGiven", "LISAN");
    ProcessInstance referred = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, parent);
    complete(claim(task("Task_RegisterRequest", referred), "rina"),
        withVariables("serviceType", "KONSELING", "referralReason", "Perlu konseling keluarga."));

    at("2026-04-01T08:00");
    runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());

    ComplianceService compliance = new ComplianceService(new SopStepLimits(repositoryService(), new id.go.tangerangkota.puspaga.office.OfficeModels(repositoryService())),
        identityService(), ENGINE.jdbc, new id.go.tangerangkota.puspaga.calendar.OfficeCalendars(ENGINE.calendar, ENGINE.offices), ENGINE.clock);
    MonthlyReports reports = new MonthlyReports(new MonthlyFiguresQuery(ENGINE.jdbc, compliance),
        ENGINE.renderer, ENGINE.numbering, ENGINE.offices, ENGINE.jdbc, ENGINE.calendar, ENGINE.clock, ENGINE.transactions,
        new id.go.tangerangkota.puspaga.survei.SurveyResults(ENGINE.jdbc, ENGINE.invitations, ENGINE.clock));
    at("2026-03-31T07:00");
    assertThat(reports.produceDue()).as("in March, February's report is due, not March's")
        .extracting(MonthlyReports.Filed::month).containsExactly("2026-02");
    at("2026-04-01T07:00");                        // Wednesday, the first working day of April
    MonthlyReports.Filed filed = reports.produceDue().get(0);

    assertThat(filed.month()).isEqualTo("2026-03");
    assertThat(filed.documentNumber()).isEqualTo("002/LBK/PUSPAGA-3671/IV/2026");
    assertThat(filed.monthLabel()).isEqualTo("Maret 2026");
    String pdf = PdfText.of(reports.content(filed.id(), true, OfficeFilter.ALL).orElseThrow());
    assertThat(pdf).contains("LAPORAN BULANAN KLIEN", "Nomor: 002/LBK/PUSPAGA-3671/IV/2026", "Bulan Maret 2026",
        "Permohonan diterima 2", "Dirujuk ke SOP lain 1", "Program kerja disetujui 1", "Kegiatan dilaksanakan 1",
        "Peserta kegiatan 30", "Pengasuhan 1", "Pemenuhan hak anak 1", "Datang langsung 1", "Telepon 1",
        "Lembaga atau kelompok 1", "Perorangan 1", "Layanan konsultasi",
        "2. Petakan kebutuhan masyarakat 7 hari kerja 1 1 hari kerja 1 hari kerja 100% 0 sesuai batas",
        // Approved on 4 March, held on 10 March: four working days.
        "5. Laksanakan kegiatan sampai akhir periode program 1 4 hari kerja 4 hari kerja 100% 0 sesuai batas",
        // The referred request ended in March and was invited; nobody has answered yet.
        "Permohonan selesai bulan ini 1", "Responden survei 0", "IKM bulan ini Belum ada jawaban");
    String csv = new String(reports.content(filed.id(), false, OfficeFilter.ALL).orElseThrow(), StandardCharsets.UTF_8);
    System.out.println("[monthly report csv]\n" + csv);
    assertThat(csv).startsWith("\uFEFFbagian;uraian;jumlah;")
        .contains("permohonan;diterima;2;", "permohonan menurut topik;Pengasuhan;1;", "rujukan menurut jenis;Layanan konsultasi/konseling;1;",
            "program kerja;disetujui;1;", "kegiatan;peserta;30;",
            "langkah 1;Registrasi dan disposisi permohonan;2;1 hari kerja;1 hari kerja;1 hari kerja;100;0;sesuai batas",
            "survei kepuasan;permohonan selesai;1;", "survei kepuasan;responden;0;");

    // Scheduled once: another node, or another run on the same day, files nothing more.
    assertThat(reports.produceScheduled("3671", YearMonth.of(2026, 3))).isEmpty();
    at("2026-04-02T07:00");
    assertThat(reports.produceDue()).isEmpty();
    // On demand: a new version with a new number.
    MonthlyReports.Filed again = reports.produce("3671", YearMonth.of(2026, 3), "sari");
    assertThat(again.version()).isEqualTo(2);
    assertThat(again.documentNumber()).isEqualTo("003/LBK/PUSPAGA-3671/IV/2026");
    assertThat(reports.byMonth("3671", YearMonth.of(2026, 3))).hasSize(2);
  }

  private static void at(String wib) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(wib + ":00+07:00").toInstant()));
  }
}
