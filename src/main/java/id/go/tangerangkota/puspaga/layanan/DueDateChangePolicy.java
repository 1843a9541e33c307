package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * A task's due date is the SOP's deadline: only the Ketua (and the Camunda administrator) may move
 * it, and when she does, the task's SOP timer moves with it, so that a breach is measured against
 * the deadline she set. Anyone who works a task may set or clear its follow-up date (a personal
 * reminder). Who changed what is in the engine's user operation log (Cockpit, history). Changes
 * made by the application itself (a calendar change) carry no user and pass.
 */
@Component
public class DueDateChangePolicy extends AbstractProcessEnginePlugin implements TaskListener {

  static final Set<String> MAY_MOVE_DUE_DATES = Set.of("ketua", Groups.CAMUNDA_ADMIN);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.addTaskListenerToEveryUserTask(configuration, TaskListener.EVENTNAME_UPDATE, this);
  }

  @Override
  public void notify(DelegateTask task) {
    PropertyChange change = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.DUE_DATE);
    if (change == null || Objects.equals(change.getOrgValue(), change.getNewValue())) {
      return;
    }
    Authentication who = Context.getCommandContext().getAuthentication();
    if (who == null || who.getUserId() == null) {
      return;
    }
    if (who.getGroupIds() == null || who.getGroupIds().stream().noneMatch(MAY_MOVE_DUE_DATES::contains)) {
      SubmissionRejectedException refused = new SubmissionRejectedException("Tenggat tugas \"" + task.getName()
          + "\" mengikuti SOP dan hanya dapat diubah oleh Ketua PUSPAGA. Untuk pengingat pribadi, isi tanggal"
          + " tindak lanjut (follow-up date).");
      refused.recordInRequest();
      throw refused;
    }
    if (change.getNewValue() instanceof Date due) {
      var management = task.getProcessEngineServices().getManagementService();
      for (Job timer : management.createJobQuery().executionId(task.getExecutionId()).timers().list()) {
        management.setJobDuedate(timer.getId(), due);
      }
    }
  }
}
