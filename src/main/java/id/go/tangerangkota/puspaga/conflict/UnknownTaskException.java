package id.go.tangerangkota.puspaga.conflict;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/** A completion named a task that never existed (not one that someone else completed): 404, not 500. */
public class UnknownTaskException extends RestException {

  public UnknownTaskException(String messageInIndonesian, Exception cause) {
    super(Status.NOT_FOUND, cause, messageInIndonesian);
  }
}
