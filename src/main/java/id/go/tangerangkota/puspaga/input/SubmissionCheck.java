package id.go.tangerangkota.puspaga.input;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * What every submission must respect, whatever form or client sent it: each text within its
 * limit ({@link TextLimits}), and no variable of type Object. The application never stores
 * Objects (they would be Java classes a client names, read back by deserializing them), so one
 * sent by a REST client is refused here, before any later step fails to read it.
 * Added by {@link InputPlugin} to every user task (on complete) and every start event.
 */
public class SubmissionCheck implements TaskListener, ExecutionListener {

  @Override
  public void notify(DelegateTask task) {
    check(task);
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution);
  }

  static void check(VariableScope scope) {
    for (AbstractVariableScope level = (AbstractVariableScope) scope; level != null; level = level.getParentVariableScope()) {
      for (CoreVariableInstance variable : level.getVariableInstancesLocal()) {
        // The type name only: reading the value would deserialize it, which is what must not happen.
        if (variable instanceof VariableInstanceEntity entity && ValueType.OBJECT.getName().equals(entity.getTypeName())) {
          throw new SubmissionRejectedException(unacceptedType(entity.getName()));
        }
      }
    }
    TextLimits.check(scope);
  }

  /** What a client may send instead, in the words of the refusal. */
  public static final String ACCEPTED_TYPES =
      "Kirim sebagai teks (String), bilangan (Long, Integer, Double), Boolean, tanggal (Date) atau JSON.";

  static String unacceptedType(String variable) {
    return "Isian \"" + variable + "\" dikirim sebagai objek (tipe Object), yang tidak diterima aplikasi ini. " + ACCEPTED_TYPES;
  }
}
