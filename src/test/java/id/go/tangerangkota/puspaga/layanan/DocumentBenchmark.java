package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.ProcessFixtures.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.go.tangerangkota.puspaga.report.DocumentType;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Prints render figures; asserts nothing about time. Run with
 * {@code ./mvnw test -Dtest=DocumentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Each document type: median and p95 over 100 renders after 20 warm-up renders, and its size,
 * beside a baseline (a one-line document through the same renderer); then the whole archive step.
 */
@Deployment(resources = "processes/puspaga-layanan-informasi.bpmn")
class DocumentBenchmark {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine("document-benchmark");

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.builder(ENGINE.configuration).build();

  @Test
  void printsRenderTimesPerDocumentTypeAndForTheArchiveStep() {
    init(extension.getProcessEngine());
    PdfRenderer renderer = new PdfRenderer();
    Map<String, Object> model = sampleModel();
    System.out.printf("%n%-28s %10s %10s %10s%n", "document", "median ms", "p95 ms", "bytes");
    print("baseline (one line)", measure(() -> renderer.render("benchmark-baseline", model), 20, 100));
    for (DocumentType type : DocumentType.values()) {
      if (type == DocumentType.LAPORAN_BULANAN) {
        continue; // not of a request: MonthlyReportProcessTest renders it from a month's figures
      }
      print(type.name(), measure(() -> renderer.render(type.template(), model), 20, 100));
    }
    // Again once everything is warm, since the first figures include JIT warm-up of the renderer.
    print("baseline (one line), again", measure(() -> renderer.render("benchmark-baseline", model), 20, 100));
    print("archive step (1 instance)", measure(this::archiveOneInstance, 3, 20));
  }

  private byte[] archiveOneInstance() {
    Map<String, Object> variables = new HashMap<>(request());
    variables.putAll(Map.of("programTitle", "Program", "programEndDate", "2027-03-31", "coordinator", "budi",
        "programReportSummary", "Terlaksana.", "programEvaluation", "Sesuai."));
    ProcessInstance pi = runtimeService().createProcessInstanceByKey(LayananInformasi.PROCESS_KEY).setVariables(variables)
        .startBeforeActivity("Task_GenerateProgramReport").execute();
    runAsyncSteps(pi);
    runtimeService().createProcessInstanceModification(pi.getId()).cancelAllForActivity("Task_CoordinateProgramReport")
        .startBeforeActivity("Task_ArchiveDocuments").execute();
    Job archive = jobQuery().processInstanceId(pi.getId()).singleResult();
    long start = System.nanoTime();
    managementService().executeJob(archive.getId());
    lastArchiveNanos = System.nanoTime() - start;
    return new byte[0];
  }

  private long lastArchiveNanos = -1;

  private interface Work {
    byte[] run();
  }

  private record Figures(double median, double p95, int bytes) {}

  private Figures measure(Work work, int warmUp, int runs) {
    for (int i = 0; i < warmUp; i++) {
      work.run();
    }
    List<Double> millis = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < runs; i++) {
      lastArchiveNanos = -1;
      long start = System.nanoTime();
      size = work.run().length;
      long elapsed = lastArchiveNanos >= 0 ? lastArchiveNanos : System.nanoTime() - start;
      millis.add(elapsed / 1_000_000.0);
    }
    millis.sort(Double::compare);
    return new Figures(millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), size);
  }

  private static void print(String name, Figures figures) {
    System.out.printf("%-28s %10.1f %10.1f %10d%n", name, figures.median(), figures.p95(), figures.bytes());
  }

  private static Map<String, Object> sampleModel() {
    Map<String, Object> model = new HashMap<>(request());
    model.putAll(Map.of("documentNumber", "001/X/PUSPAGA/XI/2026", "documentTitle", "Dokumen", "documentDate", "28 November 2026",
        "businessKey", "LI-1", "coordinatorName", "Budi Koordinator", "registeredByName", "Rina Admin",
        "programTitle", "Pengasuhan di era digital", "programObjective", "Orang tua memahami pengasuhan digital.",
        "programEndDate", "2027-03-31", "dispositionNotes", "Mohon dipetakan."));
    model.putAll(Map.of("needsMap", "Kebutuhan pengasuhan digital.", "activityTitle", "Kelas", "activityDate", "2027-01-14",
        "activityHeldOn", "2027-01-14", "activityParticipants", 30, "activityExecutor", "Dewi", "activitySummary", "Baik",
        "activityOutcome", "Paham", "programReportSummary", "Terlaksana.", "programEvaluation", "Sesuai."));
    List<Map<String, Object>> activities = List.of(Map.of("title", "Kelas", "date", "2027-01-14"),
        Map.of("title", "Seminar", "date", "2027-02-10"));
    model.put("activities", activities);
    model.put("activityReports", List.of(Map.of("title", "Kelas", "date", "2027-01-14", "heldOn", "2027-01-14", "summary", "Baik")));
    model.put("archivedDocuments", List.of(Map.of("title", "Lembar Disposisi", "number", "001/DISP/PUSPAGA/XI/2026",
        "sha256", "5a8aee7a5f7793368862ece508ec95e2e55002245eac5d548a9903b327408529")));
    model.put("archivedByName", "Rina Admin");
    model.put("office", org.springframework.boot.context.properties.bind.Binder.get(new org.springframework.mock.env.MockEnvironment())
        .bindOrCreate("puspaga.documents.office", id.go.tangerangkota.puspaga.office.Letterhead.class));
    model.put("dates", new id.go.tangerangkota.puspaga.shared.IndonesianDates());
    return model;
  }

}
