package id.go.tangerangkota.puspaga.input;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String longer than the engine's text column (varchar 4000 on H2 and PostgreSQL) in the
 * engine's byte array table instead. The value stays a plain String for everyone who reads it:
 * the REST API, Tasklist's forms, Cockpit, listeners and document templates. Shorter strings are
 * left to the engine's own serializer, so they stay queryable by value.
 */
public class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  /** The serializer name recorded with each variable (the engine's column TYPE_). */
  public static final String NAME = "longString";
  /** The engine's text column holds 4,000 characters; anything longer goes to the byte array. */
  public static final int TEXT_COLUMN_LENGTH = 4000;

  public LongTextSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    valueFields.setTextValue(null);
    valueFields.setTextValue2(null);
    valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
    byte[] bytes = valueFields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }
}
