package id.go.tangerangkota.puspaga.security;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Two refusals of the hardened engine that its REST API answers with 500, although the input is
 * what is wrong: a password the password policy refuses (Admin creating a user), and a model the
 * XML parser refuses, e.g. one with a DOCTYPE (XXE processing is off). Both become 400 with a
 * reason, as the REST API answers other bad input.
 */
@Component
public class ClientErrorTranslation extends AbstractProcessEnginePlugin {

  static final String WEAK_PASSWORD = "Kata sandi tidak memenuhi kebijakan kata sandi: paling sedikit 10 karakter, dengan huruf"
      + " kecil, huruf besar, angka dan karakter khusus, dan tidak memuat data pengguna. (Password does not match policy.)";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.prependInterceptor(configuration, new Translation());
  }

  static final class Translation extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (BadUserRequestException e) {
        throw e;
      } catch (ProcessEngineException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Password does not match policy")) {
          throw new BadUserRequestException(WEAK_PASSWORD, e);
        }
        if (message.startsWith("ENGINE-09003 Could not parse")) {
          throw new BadUserRequestException(message, e);
        }
        throw e;
      }
    }
  }
}
