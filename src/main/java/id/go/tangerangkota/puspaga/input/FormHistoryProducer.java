package id.go.tangerangkota.puspaga.input;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * With full history the engine also records every submitted form field as text, in a
 * 4,000-character column of its own, beside the variable's history; a longer text there made
 * the whole submission fail. That record keeps the field's first 3,900 characters and says how
 * long it was; the whole text stays in the variable and in its history.
 */
public class FormHistoryProducer extends CacheAwareHistoryEventProducer {

  static final int KEPT = 3900;

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
      String taskId) {
    return super.createFormPropertyUpdateEvt(execution, propertyId, shortened(propertyValue), taskId);
  }

  static String shortened(String value) {
    if (value == null || value.length() <= LongTextSerializer.TEXT_COLUMN_LENGTH) {
      return value;
    }
    return value.substring(0, KEPT) + " ... [" + value.length() + " karakter; isi lengkap di riwayat variabel]";
  }
}
