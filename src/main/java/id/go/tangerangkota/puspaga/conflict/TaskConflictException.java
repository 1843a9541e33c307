package id.go.tangerangkota.puspaga.conflict;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A task was completed, or its instance changed, by someone else between reading and submitting
 * it (another user, often on another node). A RestException because the engine REST resources
 * keep the status of a RestException (409 here) and turn every engine exception into a 500; the
 * message is for staff, in Indonesian.
 */
public class TaskConflictException extends RestException {

  public TaskConflictException(String messageInIndonesian, Exception cause) {
    super(Status.CONFLICT, cause, messageInIndonesian);
  }
}
