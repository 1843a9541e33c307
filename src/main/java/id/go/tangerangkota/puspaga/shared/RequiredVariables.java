package id.go.tangerangkota.puspaga.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The refusals of a start or a submission that several processes share: a field left empty, or any
 * other rule, in Indonesian, noted on the HTTP request so that the REST API answers 400 with the
 * message also where it would answer 500 (starting an instance).
 */
public final class RequiredVariables {

  private RequiredVariables() {}

  /** The variable's text, stripped; refused with "<label> (<variable>) wajib diisi." when empty. */
  public static String text(VariableScope scope, String variable, String label) {
    Object value = scope.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw refusal(label + " (" + variable + ") wajib diisi.");
    }
    return value.toString().strip();
  }

  public static SubmissionRejectedException refusal(String messageInIndonesian) {
    SubmissionRejectedException refused = new SubmissionRejectedException(messageInIndonesian);
    refused.recordInRequest();
    return refused;
  }
}
