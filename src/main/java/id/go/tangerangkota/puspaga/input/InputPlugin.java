package id.go.tangerangkota.puspaga.input;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Input the engine alone would answer with a 500 from its persistence layer: text longer than its
 * 4,000-character column is stored as a long text (also in the form field history, see
 * {@link FormHistoryProducer}), and every user task and start event of every
 * deployed model checks its submission ({@link SubmissionCheck}), so that a model an analyst
 * changes in Modeler keeps the rules without listing them.
 */
@Component
public class InputPlugin extends AbstractProcessEnginePlugin {

  private static final SubmissionCheck CHECK = new SubmissionCheck();

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    serializers.add(new LongTextSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setHistoryEventProducer(new FormHistoryProducer());

    EnginePlugins.addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, CHECK);
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, CHECK);
      }
    });
  }

}
