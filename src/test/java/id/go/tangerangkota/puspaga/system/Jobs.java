package id.go.tangerangkota.puspaga.system;

import org.camunda.bpm.engine.ManagementService;

/** For the integration tests, whose job executor is off: the asynchronous steps of a request, run now. */
public final class Jobs {

  private Jobs() {}

  /** Runs the request's due asynchronous jobs, and those they lead to (a few rounds). */
  public static void runFor(ManagementService management, String instance) {
    for (int round = 0; round < 5; round++) {
      var jobs = management.createJobQuery().processInstanceId(instance).executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
