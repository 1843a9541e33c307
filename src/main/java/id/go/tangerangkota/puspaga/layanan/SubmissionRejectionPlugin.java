package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.input.SubmissionCheck;
import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in a generic exception, which the REST API
 * answers with 500. This outermost interceptor (it runs outside the transaction, after the
 * rollback) hands our {@link SubmissionRejectedException} back unwrapped, so Tasklist and REST
 * clients get 400 with the Indonesian message; a Java-serialized variable, which the engine
 * refuses with an exception that the REST API answers with 500, becomes one too.
 */
@Component
public class SubmissionRejectionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.prependInterceptor(configuration, new Unwrapping());
  }

  static final class Unwrapping extends CommandInterceptor {

    /** The engine's ENGINE-17007, "Cannot set variable with name x. Java serialization format is prohibited". */
    private static final Pattern JAVA_SERIALIZATION_PROHIBITED =
        Pattern.compile("ENGINE-17007 Cannot set variable with name (.+?)\\. Java serialization format is prohibited");

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof SubmissionRejectedException rejected) {
            rejected.recordInRequest();
            throw rejected;
          }
          Matcher javaSerialization = JAVA_SERIALIZATION_PROHIBITED.matcher(String.valueOf(cause.getMessage()));
          if (javaSerialization.find()) {
            // The engine refuses it, but as a 500; it is the client's input that is wrong.
            SubmissionRejectedException rejected = new SubmissionRejectedException("Isian \"" + javaSerialization.group(1)
                + "\" dikirim sebagai objek Java terserialisasi, yang tidak diterima aplikasi ini. " + SubmissionCheck.ACCEPTED_TYPES);
            rejected.recordInRequest();
            throw rejected;
          }
        }
        throw e;
      }
    }
  }
}
