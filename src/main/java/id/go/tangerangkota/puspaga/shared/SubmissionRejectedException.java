package id.go.tangerangkota.puspaga.shared;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A submitted task that breaks an SOP rule. It extends the engine's form validation exception on
 * purpose: the REST API (and so Tasklist) answers that one with 400 and its message, leaves the
 * task open and rolls back every variable the submission set.
 */
public class SubmissionRejectedException extends FormFieldValidationException {

  /**
   * The HTTP request attribute that carries a refusal's message to {@code RefusalMessageFilter}:
   * some REST resources (starting an instance) answer every engine exception with 500.
   */
  public static final String REQUEST_ATTRIBUTE = SubmissionRejectedException.class.getName();

  public SubmissionRejectedException(String messageInIndonesian) {
    super(null, messageInIndonesian);
  }

  /** Notes the refusal on the HTTP request being served, if any, for the answer to say 400. */
  public void recordInRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REQUEST_ATTRIBUTE, getMessage(), RequestAttributes.SCOPE_REQUEST);
    }
  }
}
