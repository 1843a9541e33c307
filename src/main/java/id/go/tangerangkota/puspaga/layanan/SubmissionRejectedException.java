package id.go.tangerangkota.puspaga.layanan;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted task that breaks an SOP rule. It extends the engine's form validation exception on
 * purpose: the REST API (and so Tasklist) answers that one with 400 and its message, leaves the
 * task open and rolls back every variable the submission set.
 */
public class SubmissionRejectedException extends FormFieldValidationException {

  public SubmissionRejectedException(String messageInIndonesian) {
    super(null, messageInIndonesian);
  }
}
