package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.system.EnginePlugins;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The consent text Admin reads out to a walk-in or phone requester is the public form's, word for
 * word and with the same periods from the configuration: every request starts with it (as text for
 * the registration form, {@code personalDataConsentText}) and with its kept version
 * ({@code personalDataConsentVersion}), which the consent record of step 1 then names.
 */
@Component
class CounterConsentText extends AbstractProcessEnginePlugin {

  static final String TEXT = "personalDataConsentText";
  static final String VERSION = "personalDataConsentVersion";

  private final ObjectProvider<ConsentTexts> consents;

  CounterConsentText(ObjectProvider<ConsentTexts> consents) {
    this.consents = consents;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ExecutionListener started = this::started;
    EnginePlugins.addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        if (LayananInformasi.PROCESS_KEY.equals(definition.getKey())) {
          definition.addListener(ExecutionListener.EVENTNAME_START, started);
        }
      }
    });
  }

  private void started(DelegateExecution execution) {
    ConsentTexts.Consent consent = consents.getObject().current();
    execution.setVariable(VERSION, consent.version());
    execution.setVariable(TEXT, asText(consent.html()));
  }

  /** The form's HTML as the registration form's Markdown: one line per point, the rest as it reads. */
  static String asText(String html) {
    return html.replaceAll("(?s)<li>\\s*", "\n- ").replaceAll("(?s)</?(strong|b)>", "**").replaceAll("(?s)<[^>]+>", "")
        .replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n").replaceAll("[ \\t]+", " ").strip();
  }
}
