package id.go.tangerangkota.puspaga.layanan;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** SOP step 3: checks the submitted work program and stores it in canonical form. */
@Component("validateWorkProgramListener")
public class ValidateWorkProgramListener implements TaskListener {

  private final WorkProgramRules rules;

  public ValidateWorkProgramListener(WorkProgramRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    RequiredText.of(task, PROGRAM_TITLE, "Judul program kerja");
    RequiredText.of(task, PROGRAM_OBJECTIVE, "Tujuan dan sasaran program");
    LocalDate end = rules.programEndDate(task.getVariable(PROGRAM_END_DATE));
    List<PlannedActivity> activities = rules.activities(task.getVariable(ACTIVITIES), end);
    task.setVariable(PROGRAM_END_DATE, end.toString());
    task.setVariable(ACTIVITIES, SpinValues.jsonValue(WorkProgramRules.toJson(activities)).create());
    task.setVariable(ACTIVITIES_SUMMARY, WorkProgramRules.summary(activities));
  }
}
