package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A text field that a submission must fill. */
final class RequiredText {

  private RequiredText() {}

  static String of(VariableScope scope, String variable, String label) {
    Object value = scope.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new SubmissionRejectedException(label + " (" + variable + ") wajib diisi.");
    }
    return value.toString().strip();
  }

  static String oneOf(VariableScope scope, String variable, String label, java.util.Set<String> allowed) {
    String value = of(scope, variable, label);
    if (!allowed.contains(value)) {
      throw new SubmissionRejectedException(
          label + " (" + variable + ") harus salah satu dari " + String.join(", ", new java.util.TreeSet<>(allowed))
              + ", bukan \"" + value + "\".");
    }
    return value;
  }
}
