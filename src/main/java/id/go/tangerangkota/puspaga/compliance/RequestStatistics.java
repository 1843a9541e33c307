package id.go.tangerangkota.puspaga.compliance;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the anonymous statistics of every SOP request as it moves, in the engine's transaction:
 * its row when it starts, each task as it is completed, the kind of request and the program's
 * approval and activities whenever they change, its end. Added to every model the engine parses,
 * so an analyst's new version is counted without remembering a listener. (Public for the process
 * tests and benchmarks, which build their engines without Spring.)
 */
public class RequestStatistics extends AbstractProcessEnginePlugin {

  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  /** The office a request without a tenant belongs to (the default office). */
  private final String defaultOffice;
  private final StepTimes times;
  private final StepTotals totals;

  /** Each step's days counted on its office's calendar ({@code calendars}: office id to calendar). */
  public RequestStatistics(JdbcTemplate jdbc, ZoneId zone, String defaultOffice,
      Function<String, WorkingDayCalendar> calendars) {
    this.jdbc = jdbc;
    this.zone = zone;
    this.defaultOffice = defaultOffice;
    this.times = new StepTimes(calendars);
    this.totals = new StepTotals(jdbc, zone);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ExecutionListener started = this::started;
    ExecutionListener ended = this::ended;
    ExecutionListener left = execution -> describe(execution.getProcessInstance());
    EnginePlugins.addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        if (LayananInformasi.PROCESS_KEY.equals(definition.getKey())) {
          definition.addListener(ExecutionListener.EVENTNAME_START, started);
          definition.addListener(ExecutionListener.EVENTNAME_END, ended);
        }
      }

      @Override
      public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            && LayananInformasi.PROCESS_KEY.equals(definition.getKey())) {
          // After the model's own end listeners (e.g. the one that collects an activity's report).
          activity.addListener(ExecutionListener.EVENTNAME_END, left);
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            && LayananInformasi.PROCESS_KEY.equals(definition.getKey())) {
          TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
          // The limit this version of the model gives the step, read once as the model is parsed.
          SopLimit limit = task.getDueDateExpression() == null ? null
              : SopLimit.parse(task.getDueDateExpression().getExpressionText()).orElse(null);
          task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completing -> completed(completing, limit));
          activity.addListener(ExecutionListener.EVENTNAME_END, left);
        }
      }
    });
  }

  private void started(DelegateExecution execution) {
    Object[] row = {execution.getProcessInstanceId(), execution.getProcessBusinessKey(), now(),
        execution.getTenantId() == null ? defaultOffice : execution.getTenantId()};
    beforeCommit(() -> jdbc.update("insert into request_statistics (process_instance_id, business_key, received_at, office_id)"
        + " values (?,?,?,?)", row));
    describe(execution);
  }

  /**
   * The task's row with the days it took and whether it was on time, and its month's totals; a task
   * without an SOP limit is recorded with 0 days and counted in no total.
   */
  private void completed(DelegateTask task, SopLimit limit) {
    String office = task.getTenantId() == null ? defaultOffice : task.getTenantId();
    Instant start = task.getCreateTime().toInstant();
    Instant end = ClockUtil.getCurrentTime().toInstant();
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    StepTimes.Measured measured = times.measure(limit, new StepTimes.CompletedTask(task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), null, null, start, end, due, office));
    Object[] row = {task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
        task.getAssignee(), Timestamp.from(start), Timestamp.from(end), due == null ? null : Timestamp.from(due), office,
        measured.daysTaken(), measured.onTime()};
    beforeCommit(() -> {
      jdbc.update("insert into step_statistics (task_id, process_instance_id, activity_id, name, assignee,"
          + " started_at, ended_at, due_at, office_id, days_taken, within_limit) values (?,?,?,?,?,?,?,?,?,?,?)", row);
      if (limit != null) {
        totals.add(office, task.getTaskDefinitionKey(), end, measured.daysTaken(), measured.onTime());
      }
    });
  }

  private void ended(DelegateExecution execution) {
    Object[] row = {now(), execution.getProcessInstanceId()};
    beforeCommit(() -> jdbc.update("update request_statistics set ended_at = ? where process_instance_id = ?", row));
    describe(execution);
  }

  /**
   * Writes after the engine has flushed its own changes, just before the commit: two nodes completing
   * the same task then meet at the engine's optimistic lock, as without statistics, not at our rows.
   * In the order the listeners asked.
   */
  private static void beforeCommit(Runnable write) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      write.run();
    } else {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, committing -> write.run());
    }
  }

  /** The request's kind, approval and activities as its variables say now; nothing it was told in words. */
  private void describe(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    Object approved = execution.getVariable(LayananInformasi.WORK_PROGRAM_APPROVED_AT);
    Object institution = execution.getVariable("requesterInstitution");
    Object[] row = {execution.getProcessBusinessKey(), text(execution.getVariable(LayananInformasi.TOPIC)),
        text(execution.getVariable(LayananInformasi.REQUEST_CHANNEL)),
        institution == null || institution.toString().isBlank() ? "PERORANGAN" : "LEMBAGA",
        text(execution.getVariable(LayananInformasi.SERVICE_TYPE)),
        approved instanceof java.util.Date at ? new Timestamp(at.getTime()) : null, instance};
    List<Object[]> held = activitiesHeld(execution.getVariable(LayananInformasi.ACTIVITY_REPORTS), instance, zone);
    beforeCommit(() -> {
      jdbc.update("update request_statistics set business_key = ?, topic = ?, channel = ?, requester_kind = ?,"
          + " service_type = ?, program_approved_at = ? where process_instance_id = ?", row);
      jdbc.update("delete from activity_statistics where process_instance_id = ?", instance);
      if (!held.isEmpty()) {
        jdbc.batchUpdate("insert into activity_statistics (process_instance_id, seq, held_on, participants)"
            + " values (?,?,?,?)", held);
      }
    });
  }

  /** Each reported activity with the day it was held: (instance, seq, day, participants). */
  static List<Object[]> activitiesHeld(Object reports, String instance, ZoneId zone) {
    List<Object[]> rows = new ArrayList<>();
    if (reports instanceof SpinJsonNode list && list.isArray()) {
      int seq = 0;
      for (SpinJsonNode report : list.elements()) {
        String heldOn = report.hasProp("heldOn") && report.prop("heldOn").isString() ? report.prop("heldOn").stringValue() : "";
        int index = seq++;
        IndonesianDates.day(heldOn, zone).ifPresent(day -> rows.add(new Object[] {instance, index, Date.valueOf(day),
            participants(report)}));
      }
    }
    return rows;
  }

  private static long participants(SpinJsonNode report) {
    if (!report.hasProp("participants")) {
      return 0;
    }
    SpinJsonNode value = report.prop("participants");
    try {
      return value.isNumber() ? value.numberValue().longValue() : (long) Double.parseDouble(value.stringValue());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
