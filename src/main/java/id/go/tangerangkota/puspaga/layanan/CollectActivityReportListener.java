package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import id.go.tangerangkota.puspaga.shared.JsonListVariable;
import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * SOP step 6 into step 7: when one activity is carried out and reported, its report (kept local to
 * that activity while parallel activities run) joins the program's list of activity reports.
 */
@Component("collectActivityReportListener")
public class CollectActivityReportListener implements ExecutionListener {

  /** Each activity-local variable and its key in the report. */
  private static final Map<String, String> FIELDS = orderedFields();

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> report = new LinkedHashMap<>();
    FIELDS.forEach((variable, key) -> {
      Object value = execution.getVariableLocal(variable);
      report.put(key, value == null ? null : value.toString());
    });
    List<Object> reports = JsonListVariable.append(execution, ACTIVITY_REPORTS, report);
    execution.getProcessInstance().setVariable(ACTIVITY_REPORTS_SUMMARY, summary(reports));
  }

  private static Map<String, String> orderedFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(ACTIVITY_TITLE, "title");
    fields.put(ACTIVITY_DATE, "date");
    fields.put(ACTIVITY_HELD_ON, "heldOn");
    fields.put(ACTIVITY_PARTICIPANTS, "participants");
    fields.put(ACTIVITY_EXECUTOR, "executor");
    fields.put(ACTIVITY_SUMMARY, "summary");
    fields.put(ACTIVITY_OUTCOME, "outcome");
    return fields;
  }

  private static final IndonesianDates DATES = new IndonesianDates();

  @SuppressWarnings("unchecked")
  private static String summary(List<Object> reports) {
    StringBuilder text = new StringBuilder();
    int number = 1;
    for (Object item : reports) {
      Map<String, Object> report = (Map<String, Object>) item;
      text.append(number++).append(". ").append(report.get("title"))
          .append(" (rencana ").append(DATES.format(report.get("date"))).append(", dilaksanakan ")
          .append(DATES.format(report.get("heldOn")))
          .append(", ").append(report.get("participants")).append(" peserta, pelaksana ").append(report.get("executor"))
          .append(")\n   ").append(report.get("summary")).append("\n   Hasil: ").append(report.get("outcome")).append('\n');
    }
    return text.toString().strip();
  }
}
