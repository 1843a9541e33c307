package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REGISTRATION_NUMBER;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.REQUESTER_NAME;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.TOPIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
  public static final String CARD_REQUESTER = "cardRequester";
  public static final String CARD_TOPIC = "cardTopic";

  /** The card variables with their labels, as the saved filters declare them. */
  public static final List<Map<String, String>> FILTER_VARIABLES = List.of(
      Map.of("name", CARD_REGISTRATION_NUMBER, "label", "Nomor registrasi"),
      Map.of("name", CARD_REQUESTER, "label", "Pemohon"),
      Map.of("name", CARD_TOPIC, "label", "Topik"));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskCards cards = this;
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, cards);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    copy(task, REGISTRATION_NUMBER, CARD_REGISTRATION_NUMBER);
    copy(task, REQUESTER_NAME, CARD_REQUESTER);
    Object topic = task.getVariable(TOPIC);
    if (topic != null) {
      task.setVariableLocal(CARD_TOPIC, LayananInformasi.topicLabel(topic.toString()));
    }
  }

  private static void copy(VariableScope task, String from, String to) {
    Object value = task.getVariable(from);
    if (value != null) {
      task.setVariableLocal(to, value.toString());
    }
  }
}
