package id.go.tangerangkota.puspaga.shared;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A process-level JSON list that grows as the instance runs (sopBreaches, activityReports,
 * documents): stored as Spin JSON so that Cockpit shows it and no Java serialization is involved.
 */
public final class JsonListVariable {

  private JsonListVariable() {}

  /** The list as plain maps and values; empty when the variable is not set yet. */
  public static List<Object> read(DelegateExecution execution, String name) {
    List<Object> items = new ArrayList<>();
    if (execution.getVariable(name) instanceof SpinJsonNode existing) {
      items.addAll(existing.mapTo(List.class));
    }
    return items;
  }

  /** Stores the list on the process instance, whatever scope the execution is in. */
  public static void write(DelegateExecution execution, String name, List<?> items) {
    execution.getProcessInstance().setVariable(name, SpinValues.jsonValue(Spin.JSON(items).toString()).create());
  }

  /** Reads, appends one item, writes back; returns the new list. */
  public static List<Object> append(DelegateExecution execution, String name, Object item) {
    List<Object> items = read(execution, name);
    items.add(item);
    write(execution, name, items);
    return items;
  }
}
