package id.go.tangerangkota.puspaga.notification;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUESTER_NAME;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.TOPIC;

import id.go.tangerangkota.puspaga.layanan.SopSteps;
import id.go.tangerangkota.puspaga.system.EnginePlugins;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Optional (puspaga.notifications.task-available-groups): a mail to every member of a listed group
 * when a task becomes available to it, i.e. is created for the group without an assignee. Written
 * in the transaction that creates the task.
 */
@Component
public class TaskAvailableMail extends AbstractProcessEnginePlugin implements TaskListener {

  private final NotificationProperties settings;
  private final ObjectProvider<TaskMails> mails;
  private final ObjectProvider<MailOutbox> outbox;
  private final ObjectProvider<SopSteps> steps;

  public TaskAvailableMail(NotificationProperties settings, ObjectProvider<TaskMails> mails,
      ObjectProvider<MailOutbox> outbox, ObjectProvider<SopSteps> steps) {
    this.settings = settings;
    this.mails = mails;
    this.outbox = outbox;
    this.steps = steps;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (settings.taskAvailableGroups().isEmpty()) {
      return;
    }
    EnginePlugins.addTaskListenerToEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, this);
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    for (var link : task.getCandidates()) {
      String group = link.getGroupId();
      if (group == null || !IdentityLinkType.CANDIDATE.equals(link.getType()) || !settings.taskAvailableGroups().contains(group)) {
        continue;
      }
      var step = steps.getObject().of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
      var facts = new TaskMails.TaskFacts(task.getTenantId(), task.getId(), task.getName(), step.number(), null, group,
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), text(task.getVariable(REGISTRATION_NUMBER)),
          text(task.getVariable(REQUESTER_NAME)), text(task.getVariable(TOPIC)));
      mails.getObject().available(facts, group, task.getProcessEngineServices().getIdentityService())
          .ifPresent(outbox.getObject()::enqueue);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
