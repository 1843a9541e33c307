package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUESTER_NAME;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.TOPIC;

import id.go.tangerangkota.puspaga.calendar.SopLimit;
import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card shows to tell one request from another: the registration number, the
 * requester and the topic, copied onto every task when it is created as variables of the task
 * itself. Tasklist reads a card's variables with the user's own rights, and a lane may read its
 * tasks but not the whole process instance (counselling is confidential), so variables of the
 * instance would stay blank on the cards. The saved filters list these names
 * ({@code LaneSetup}); they have names of their own so that a form never writes to them.
 */
@Component
public class TaskCards extends AbstractProcessEnginePlugin implements TaskListener {

  public static final String CARD_REGISTRATION_NUMBER = "cardRegistrationNumber";
  /** The requester and the topic in one: a card shows two variables before it has to be unfolded. */
  public static final String CARD_REQUEST = "cardRequest";

  /** The card variables with their labels, as the saved filters declare them. */
  public static final List<Map<String, String>> FILTER_VARIABLES = List.of(
      Map.of("name", CARD_REGISTRATION_NUMBER, "label", "Nomor registrasi"),
      Map.of("name", CARD_REQUEST, "label", "Pemohon · topik"));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.addTaskListenerToEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, this);
  }

  /** ISO dates the forms show read-only: each is shown from "<name>Text", e.g. "13 Desember 2026". */
  public static final List<String> DATES_SHOWN = List.of(LayananInformasi.ACTIVITY_DATE, LayananInformasi.PROGRAM_END_DATE);

  private static final IndonesianDates DATES = new IndonesianDates();

  /**
   * The step and its limit as the forms print them, "SOP langkah 2, 7 hari kerja", read from the
   * task's own model (its sopStep and due date), so that a form never carries a copy of the limit.
   */
  public static final String SOP_LIMIT_TEXT = "sopLimitText";

  @Override
  public void notify(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask != null) {
      Optional<String> step = SopSteps.property(userTask, "sopStep");
      Optional<SopLimit> limit = SopLimit.parse(userTask.getCamundaDueDate());
      if (step.isPresent() && limit.isPresent()) {
        task.setVariableLocal(SOP_LIMIT_TEXT, "SOP langkah " + step.get() + ", " + limit.get().text());
      }
    }
    for (String date : DATES_SHOWN) {
      Object value = task.getVariable(date);
      if (value != null) {
        task.setVariableLocal(date + "Text", DATES.format(value));
      }
    }
    Object number = task.getVariable(REGISTRATION_NUMBER);
    if (number != null) {
      task.setVariableLocal(CARD_REGISTRATION_NUMBER, number.toString());
    }
    Object requester = task.getVariable(REQUESTER_NAME);
    Object topic = task.getVariable(TOPIC);
    if (requester != null || topic != null) {
      task.setVariableLocal(CARD_REQUEST, (requester == null ? "" : requester.toString().strip())
          + (topic == null ? "" : " · " + LayananInformasi.topicLabel(topic.toString())));
    }
  }
}
