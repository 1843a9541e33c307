package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.report.PdfRenderer;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A broken template fails the document job, not the clerk's completed task; fixed, the retry goes on. */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class DocumentFailureProcessTest {

  static final BreakableRenderer RENDERER = new BreakableRenderer();
  static final ProcessTestEngine ENGINE = new ProcessTestEngine("document-failure-process-test", RENDERER);

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration).build();

  @BeforeEach
  void start() {
    init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(instant("2026-11-30T09:00:00+07:00"));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    RENDERER.broken = false;
  }

  @Test
  void retriesThreeTimesThenRaisesAnIncidentNamingTheDocumentAndFinishesOnceFixed() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, request());
    claim(task(pi), "rina");
    RENDERER.broken = true;
    complete(task(pi), withVariables("serviceType", "INFORMASI", "dispositionNotes", "Mohon dipetakan."));

    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = jobQuery().processInstanceId(pi.getId()).singleResult();
      Date failedAt = ClockUtil.getCurrentTime();
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("Lembar Disposisi");
      Job retried = jobQuery().processInstanceId(pi.getId()).singleResult();
      org.assertj.core.api.Assertions.assertThat(retried.getRetries()).as("retries left").isEqualTo(2 - attempt);
      if (attempt < 2) {
        // R3/PT5M: the next attempt is due five minutes after the failure.
        org.assertj.core.api.Assertions.assertThat(retried.getDuedate()).as("next attempt")
            .isEqualTo(new Date(failedAt.getTime() + 5 * 60_000));
      }
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60_000));
    }

    assertThat(pi).isWaitingAt("Task_GenerateDispositionSheet").hasPassed("Task_RegisterRequest");
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    org.assertj.core.api.Assertions.assertThat(incident.getIncidentMessage()).contains("Dokumen Lembar Disposisi gagal dibuat");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), "dokumenLembarDisposisi")).isNull();

    RENDERER.broken = false;
    Job job = jobQuery().processInstanceId(pi.getId()).singleResult();
    managementService().setJobRetries(job.getId(), 1);
    execute(job);

    assertThat(pi).isWaitingAt("Task_MapNeeds");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), "dokumenLembarDisposisi")).isNotNull();
  }

  @Test
  void archivesNothingWhileTheReceiptCannotBeRenderedAndEverythingOnceFixed() {
    Map<String, Object> variables = new java.util.HashMap<>(request());
    variables.putAll(withVariables("programTitle", "Program", "programEndDate", "2027-03-31", "coordinator", "budi",
        "programReportSummary", "Terlaksana.", "programEvaluation", "Sesuai."));
    ProcessInstance pi = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY).setVariables(variables)
        .startBeforeActivity("Task_GenerateProgramReport").execute();
    runAsyncSteps(pi);
    runtimeService().createProcessInstanceModification(pi.getId()).cancelAllForActivity("Task_CoordinateProgramReport")
        .startBeforeActivity("Task_ArchiveDocuments").execute();
    RENDERER.broken = true;

    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = jobQuery().processInstanceId(pi.getId()).singleResult();
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("Tanda Terima");
    }

    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult()
        .getIncidentMessage()).contains("Tanda Terima");
    org.assertj.core.api.Assertions.assertThat(ENGINE.jdbc.queryForObject(
        "select count(*) from archive_document where process_instance_id = ?", Integer.class, pi.getId())).isZero();

    RENDERER.broken = false;
    Job job = jobQuery().processInstanceId(pi.getId()).singleResult();
    managementService().setJobRetries(job.getId(), 1);
    execute(job);

    assertThat(pi).isEnded();
    org.assertj.core.api.Assertions.assertThat(ENGINE.jdbc.queryForObject(
        "select count(*) from archive_document where process_instance_id = ?", Integer.class, pi.getId())).isEqualTo(3);
  }

  static final class BreakableRenderer extends PdfRenderer {
    volatile boolean broken;

    @Override
    public byte[] render(String template, Map<String, Object> model) {
      return super.render(broken ? "tidak-ada-" + template : template, model);
    }
  }
}
