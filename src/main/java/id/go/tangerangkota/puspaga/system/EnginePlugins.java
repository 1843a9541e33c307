package id.go.tangerangkota.puspaga.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** How our engine plugins add themselves to the configuration without displacing each other's additions. */
public final class EnginePlugins {

  private EnginePlugins() {}

  /** Puts the interceptor outermost among the custom ones (it sees what the others throw, after the rollback). */
  public static void prependInterceptor(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(interceptor);
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Adds a parse listener after the engine's own and those other plugins added. */
  public static void addPostParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
