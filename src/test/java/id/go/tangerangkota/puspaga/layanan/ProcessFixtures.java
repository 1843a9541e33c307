package id.go.tangerangkota.puspaga.layanan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Variables of a typical request and work program, shared by the process tests. */
final class ProcessFixtures {

  private ProcessFixtures() {}

  static Map<String, Object> request() {
    return new HashMap<>(withVariables("requesterName", "Siti Aminah", "requesterPhone", "0812-3456-7890",
        "requesterInstitution", "SDN Cipondoh 3", "topic", "PENGASUHAN",
        "requestBackground", "Orang tua murid meminta sosialisasi pengasuhan.", "requestChannel", "DATANG_LANGSUNG",
        "personalDataConsentGiven", "TERTULIS"));
  }

  static Map<String, Object> workProgram(String programEndDate, String activities) {
    return withVariables("programTitle", "Pengasuhan di era digital", "programObjective", "Orang tua memahami pengasuhan digital.",
        "programEndDate", programEndDate, "activities", activities);
  }

  /** Runs the asynchronous steps (document generation, archiving) that wait in the instance, as the job executor would. */
  static void runAsyncSteps(org.camunda.bpm.engine.runtime.ProcessInstance pi) {
    var management = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService();
    for (var jobs = management.createJobQuery().processInstanceId(pi.getId()).messages().list(); !jobs.isEmpty();
        jobs = management.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  static Date instant(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
