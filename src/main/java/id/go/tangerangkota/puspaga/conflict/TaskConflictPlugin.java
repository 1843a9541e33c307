package id.go.tangerangkota.puspaga.conflict;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Turns the two ways a task completion loses a race into one readable conflict: the other
 * completion committed first (the task is gone, but its history shows it completed), or both ran
 * at once (the engine's optimistic locking rolls this one back). Either way nothing of this
 * request was written; both REST APIs (/engine-rest and Tasklist's) answer 409. A task that never
 * existed gets 404.
 */
@Component
public class TaskConflictPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.prependInterceptor(configuration, new ConflictTranslation(configuration));
  }

  static final class ConflictTranslation extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    ConflictTranslation(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (OptimisticLockingException e) {
        throw new TaskConflictException("Tugas ini baru saja diselesaikan atau diubah oleh pengguna lain, sehingga isian Anda"
            + " tidak disimpan. Muat ulang daftar tugas dan periksa apakah tugas ini masih perlu dikerjakan.", e);
      } catch (RuntimeException e) {
        // When the winner commits first, the loser fails in whatever step first misses what the
        // winner removed: the task (NullValueException), its grants (AuthorizationException), its
        // execution (a NullPointerException inside the engine). Whatever failed, a task that has
        // ended in history was completed by someone else.
        String taskId = taskId(command);
        Completed completed = completedTask(taskId);
        if (completed != null) {
          throw alreadyCompleted(completed, e);
        }
        if (e instanceof NullValueException && !taskExists(taskId)) {
          throw new UnknownTaskException("Tugas " + taskId + " tidak ditemukan.", e);
        }
        throw e;
      }
    }

    private static TaskConflictException alreadyCompleted(Completed completed, Exception cause) {
      return new TaskConflictException("Tugas \"" + completed.name() + "\" sudah diselesaikan"
          + (completed.by() == null ? " oleh pengguna lain" : " oleh " + completed.by())
          + ", sehingga isian Anda tidak disimpan. Muat ulang daftar tugas.", cause);
    }

    /** The ended task, and who completed it: the user operation log's, not the assignee (anyone in the lane may complete). */
    record Completed(String name, String by) {}

    private boolean taskExists(String taskId) {
      return taskId != null && configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        try {
          return context.getTaskManager().findTaskById(taskId) != null;
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    }

    private Completed completedTask(String taskId) {
      if (taskId == null) {
        return null;
      }
      // The loser may not read history (lane grants); whether the task ended is not a secret to them.
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        try {
          HistoricTaskInstance task = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
          if (task == null || task.getEndTime() == null) {
            return null;
          }
          UserOperationLogQueryImpl completion = new UserOperationLogQueryImpl();
          completion.taskId(taskId).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
          List<UserOperationLogEntry> entries =
              context.getOperationLogManager().findOperationLogEntriesByQueryCriteria(completion, new Page(0, 1));
          return new Completed(task.getName(), entries.isEmpty() ? null : entries.get(0).getUserId());
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    }

    // Both commands keep the id in a protected field without a getter.
    private static String taskId(Command<?> command) {
      try {
        Field field = command.getClass().getDeclaredField("taskId");
        field.setAccessible(true);
        return (String) field.get(command);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
  }
}
