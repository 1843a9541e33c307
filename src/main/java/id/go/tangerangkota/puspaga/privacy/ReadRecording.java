package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records in the access log every read of a request's data through the engine by a signed-in
 * person: the variables and their history (Cockpit's instance and history views, the REST API,
 * file downloads) and the form history. Working one's own task reads the task's variables, which
 * is not recorded; nor are the application's own reads (no one signed in) or reads inside another
 * command (e.g. a delegate while a task is completed).
 */
@Component
class ReadRecording extends AbstractProcessEnginePlugin {

  private final AccessLog log;
  private final JdbcTemplate jdbc;

  ReadRecording(AccessLog log, JdbcTemplate jdbc) {
    this.log = log;
    this.jdbc = jdbc;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.appendInterceptor(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        boolean outermost = Context.getCommandContext() == null;
        T result = next.execute(command);
        AccessLog.Read what = outermost ? kindOf(command) : null;
        if (what != null) {
          Authentication reader = configuration.getIdentityService().getCurrentAuthentication();
          if (reader != null && reader.getUserId() != null) {
            log.record(reader.getUserId(), instancesOf(command, result), what);
          }
        }
        return result;
      }
    });
  }

  private static AccessLog.Read kindOf(Command<?> command) {
    if (command instanceof VariableInstanceQueryImpl || command instanceof GetExecutionVariablesCmd
        || command instanceof GetExecutionVariableCmd || command instanceof GetExecutionVariableTypedCmd) {
      return AccessLog.Read.VARIABLES;
    }
    if (command instanceof HistoricVariableInstanceQueryImpl) {
      return AccessLog.Read.VARIABLE_HISTORY;
    }
    if (command instanceof HistoricDetailQueryImpl) {
      return AccessLog.Read.FORM_HISTORY;
    }
    return null;
  }

  /** The requests whose data the answer holds: from its rows, or the execution a variables command read. */
  private List<String> instancesOf(Command<?> command, Object result) {
    List<String> instances = new ArrayList<>();
    Collection<?> rows = result instanceof Collection<?> many ? many : result == null ? List.of() : List.of(result);
    for (Object row : rows) {
      if (row instanceof VariableInstance variable) {
        // A task's own variables (Tasklist's cards, the form) are working the task, not reading the request.
        if (variable.getTaskId() == null) {
          instances.add(variable.getProcessInstanceId());
        }
      } else if (row instanceof HistoricVariableInstance variable) {
        instances.add(variable.getProcessInstanceId());
      } else if (row instanceof HistoricDetail detail) {
        instances.add(detail.getProcessInstanceId());
      }
    }
    if (command instanceof GetExecutionVariablesCmd || command instanceof GetExecutionVariableCmd
        || command instanceof GetExecutionVariableTypedCmd) {
      String execution = executionIdOf(command);
      instances.addAll(jdbc.queryForList("select PROC_INST_ID_ from ACT_RU_EXECUTION where ID_ = ?", String.class,
          execution));
    }
    return instances;
  }

  private static String executionIdOf(Command<?> command) {
    try {
      Field field = command.getClass().getDeclaredField("executionId");
      field.setAccessible(true);
      return (String) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read which execution " + command.getClass().getSimpleName() + " reads", e);
    }
  }
}
