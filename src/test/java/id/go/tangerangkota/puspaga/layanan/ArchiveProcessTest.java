package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 9 files each document once and issues one receipt, even when its job runs twice. */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class ArchiveProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("archive-process-test");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration).build();

  @BeforeEach
  void start() {
    init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(instant("2027-03-01T09:00:00+07:00"));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void filesEachDocumentOnceAndIssuesOneReceiptWhenTheArchiveJobRunsTwice() {
    Map<String, Object> variables = new HashMap<>(request());
    variables.putAll(withVariables("programTitle", "Program pengasuhan", "programEndDate", "2027-03-31",
        "programReportSummary", "Terlaksana.", "programEvaluation", "Sesuai.", "coordinator", "budi",
        "activityReports", SpinValues.jsonValue("[{\"title\":\"Kelas\",\"date\":\"2027-02-01\",\"heldOn\":\"2027-02-01\","
            + "\"summary\":\"Baik\"}]").create()));
    ProcessInstance pi = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY)
        .setVariables(variables).startBeforeActivity("Task_GenerateProgramReport").execute();
    runAsyncSteps(pi);
    assertThat(pi).isWaitingAt("Task_CoordinateProgramReport");

    // Two tokens before the archive step: its job runs twice for one instance, as at-least-once delivery may.
    runtimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_CoordinateProgramReport")
        .startBeforeActivity("Task_ArchiveDocuments")
        .startBeforeActivity("Task_ArchiveDocuments")
        .execute();
    runAsyncSteps(pi);

    assertThat(pi).isEnded();
    assertThat(ENGINE.jdbc.queryForObject("select count(*) from archive_receipt where process_instance_id = ?",
        Integer.class, pi.getId())).isEqualTo(1);
    assertThat(ENGINE.jdbc.queryForList("select document_type from archive_document where process_instance_id = ?",
        String.class, pi.getId())).containsExactlyInAnyOrder("LAPORAN_PROGRAM", "SURAT_PEMBERIAN_LAPORAN", "TANDA_TERIMA");
  }
}
