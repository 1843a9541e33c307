package id.go.tangerangkota.puspaga.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class SopLimitRulesTest {

  static final String TIMER_OF_STEP_2 =
      "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${sopDeadline.workingDays(7)}</bpmn:timeDate>";
  static final String DUE_OF_STEP_2 = "camunda:dueDate=\"${sopDeadline.workingDays(7)}\" camunda:formRef=\"Form_MapNeeds\"";

  @Test
  void theDeployedModelHasOneLimitPerStep() throws IOException {
    assertThat(SopLimitRules.contradictions(model(source()))).isEmpty();
  }

  @Test
  void aTimerThatDiffersFromItsDueDateIsNamedWithTaskStepAndBothValues() throws IOException {
    String changed = source().replace(TIMER_OF_STEP_2, TIMER_OF_STEP_2.replace("(7)", "(5)"));

    assertThat(SopLimitRules.contradictions(model(changed))).containsExactly(
        "Tugas Task_MapNeeds \"Petakan kebutuhan masyarakat\" (langkah SOP 2) memiliki batas waktu 7 hari kerja pada"
            + " Due date (${sopDeadline.workingDays(7)}) tetapi 5 hari kerja pada timer BoundaryEvent_MapNeedsOverdue"
            + " (${sopDeadline.workingDays(5)}). Samakan keduanya, lalu deploy ulang.");
  }

  @Test
  void aStepChangedConsistentlyIsSound() throws IOException {
    String changed = source().replace(TIMER_OF_STEP_2, TIMER_OF_STEP_2.replace("(7)", "(5)"))
        .replace(DUE_OF_STEP_2, DUE_OF_STEP_2.replace("(7)", "(5)"));

    assertThat(SopLimitRules.contradictions(model(changed))).isEmpty();
  }

  @Test
  void aStepWithoutADueDateIsRefused() throws IOException {
    String changed = source().replace(DUE_OF_STEP_2, "camunda:formRef=\"Form_MapNeeds\"");

    assertThat(SopLimitRules.contradictions(model(changed))).singleElement().asString()
        .startsWith("Tugas Task_MapNeeds \"Petakan kebutuhan masyarakat\" (langkah SOP 2) tidak memiliki batas waktu pada Due date");
  }

  @Test
  void aStepWithoutATimerIsRefused() throws IOException {
    // The boundary event stays (its flow and shape refer to it), but it waits for a message, not a date.
    String timer = "<bpmn:timerEventDefinition id=\"TimerEventDefinition_MapNeedsOverdue\">\n        " + TIMER_OF_STEP_2
        + "\n      </bpmn:timerEventDefinition>";
    assertThat(source()).contains(timer);
    String changed = source().replace(timer, "<bpmn:messageEventDefinition id=\"MessageEventDefinition_MapNeeds\"/>");

    assertThat(SopLimitRules.contradictions(model(changed))).singleElement().asString()
        .contains("Task_MapNeeds", "(langkah SOP 2)", "tidak ada timer yang menegakkannya");
  }

  @Test
  void theProgramsTimerOnTheSubprocessEnforcesTheActivityStep() throws IOException {
    String timer = "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${sopDeadline.programEnd(programEndDate)}</bpmn:timeDate>";
    String changed = source().replace(timer, timer.replace("programEnd(programEndDate)", "workingDays(30)"));

    assertThat(SopLimitRules.contradictions(model(changed))).singleElement().asString()
        .contains("Task_CarryOutActivity", "(langkah SOP 5)", "sampai akhir periode program", "30 hari kerja",
            "BoundaryEvent_WorkProgramOverdue");
  }

  static String source() throws IOException {
    return Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"));
  }

  private static BpmnModelInstance model(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
