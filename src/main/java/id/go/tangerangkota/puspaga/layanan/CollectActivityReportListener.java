package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * SOP step 6 into step 7: when one activity is carried out and reported, its report (kept local to
 * that activity while parallel activities run) joins the program's list of activity reports.
 */
@Component("collectActivityReportListener")
public class CollectActivityReportListener implements ExecutionListener {

  private static final List<String> FIELDS =
      List.of(ACTIVITY_TITLE, ACTIVITY_DATE, ACTIVITY_HELD_ON, ACTIVITY_PARTICIPANTS, ACTIVITY_EXECUTOR,
          ACTIVITY_SUMMARY, ACTIVITY_OUTCOME);

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> report = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Object value = execution.getVariableLocal(field);
      report.put(field.substring("activity".length(), "activity".length() + 1).toLowerCase()
          + field.substring("activity".length() + 1), value == null ? null : value.toString());
    }
    List<Object> reports = new ArrayList<>();
    Object existing = execution.getVariable(ACTIVITY_REPORTS);
    if (existing instanceof SpinJsonNode json) {
      reports.addAll(json.mapTo(List.class));
    }
    reports.add(report);
    DelegateExecution processInstance = execution.getProcessInstance();
    processInstance.setVariable(ACTIVITY_REPORTS, SpinValues.jsonValue(Spin.JSON(reports).toString()).create());
    processInstance.setVariable(ACTIVITY_REPORTS_SUMMARY, summary(reports));
  }

  @SuppressWarnings("unchecked")
  private static String summary(List<Object> reports) {
    StringBuilder text = new StringBuilder();
    int number = 1;
    for (Object item : reports) {
      Map<String, Object> report = (Map<String, Object>) item;
      text.append(number++).append(". ").append(report.get("title"))
          .append(" (rencana ").append(report.get("date")).append(", dilaksanakan ").append(report.get("heldOn"))
          .append(", ").append(report.get("participants")).append(" peserta, pelaksana ").append(report.get("executor"))
          .append(")\n   ").append(report.get("summary")).append("\n   Hasil: ").append(report.get("outcome")).append('\n');
    }
    return text.toString().strip();
  }
}
