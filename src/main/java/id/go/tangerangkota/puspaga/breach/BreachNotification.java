package id.go.tangerangkota.puspaga.breach;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Told of each breach in the transaction that records it (the mail outbox listens). */
@FunctionalInterface
public interface BreachNotification {

  void breachRecorded(String breachId, Breach breach, DelegateExecution execution);
}
