package id.go.tangerangkota.puspaga.calendar;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Recomputes the open SOP deadlines (task due dates and timer due dates) against each office's
 * calendar, from the limits written in each process definition, counting from when each task or
 * timer was created: every office's, or one office's (its holidays changed).
 */
public class DeadlineRecalculation {

  /** How many due dates moved. */
  public record Result(int tasks, int timers) {}

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  public DeadlineRecalculation(ProcessEngine engine) {
    this.repository = engine.getRepositoryService();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
  }

  public Result recalculate(WorkingDayCalendar calendar) {
    return recalculate(tenant -> calendar, null);
  }

  /** With each request's office calendar; only the office {@code onlyOffice} when it is not null. */
  public Result recalculate(java.util.function.Function<String, WorkingDayCalendar> calendarOf, String onlyOffice) {
    int movedTasks = 0;
    int movedTimers = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() == 0) {
        continue;
      }
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      if (model == null) {
        continue;
      }
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        SopLimit limit = SopLimit.parse(userTask.getCamundaDueDate()).orElse(null);
        if (limit == null) {
          continue;
        }
        var taskQuery = tasks.createTaskQuery().processDefinitionId(definition.getId()).taskDefinitionKey(userTask.getId());
        for (Task task : (onlyOffice == null ? taskQuery : taskQuery.tenantIdIn(onlyOffice)).list()) {
          Date due = Date.from(limit.deadline(calendarOf.apply(task.getTenantId()), task.getCreateTime().toInstant(),
              () -> tasks.getVariable(task.getId(), "programEndDate")).toInstant());
          if (!Objects.equals(due, task.getDueDate())) {
            task.setDueDate(due);
            tasks.saveTask(task);
            movedTasks++;
          }
        }
      }
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        SopLimit limit = timerLimit(boundary);
        if (limit == null) {
          continue;
        }
        var jobQuery = management.createJobQuery().processDefinitionId(definition.getId()).timers().activityId(boundary.getId());
        for (Job job : (onlyOffice == null ? jobQuery : jobQuery.tenantIdIn(onlyOffice)).list()) {
          Date due = Date.from(limit.deadline(calendarOf.apply(job.getTenantId()), job.getCreateTime().toInstant(),
              () -> runtime.getVariable(job.getExecutionId(), "programEndDate")).toInstant());
          if (!Objects.equals(due, job.getDuedate())) {
            management.setJobDuedate(job.getId(), due);
            movedTimers++;
          }
        }
      }
    }
    return new Result(movedTasks, movedTimers);
  }

  private static SopLimit timerLimit(BoundaryEvent boundary) {
    return SopLimit.parse(SopLimit.timerExpression(boundary)).orElse(null);
  }
}
