package id.go.tangerangkota.puspaga.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

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

  /** Adds the interceptor innermost among the custom ones before the transaction (it sees what a command answered). */
  public static void appendInterceptor(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Adds a deployer that sees every new deployment before the engine's own (a check that may refuse it). */
  public static void addPreDeployer(ProcessEngineConfigurationImpl configuration, Deployer deployer) {
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    deployers.add(deployer);
    configuration.setCustomPreDeployers(deployers);
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

  /** Adds the listener to every user task of every model deployed, e.g. on "create" or "complete". */
  public static void addTaskListenerToEveryUserTask(ProcessEngineConfigurationImpl configuration, String event,
      TaskListener listener) {
    addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addTaskListener(event, listener);
      }
    });
  }
}
