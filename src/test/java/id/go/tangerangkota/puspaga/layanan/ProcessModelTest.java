package id.go.tangerangkota.puspaga.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The conventions an analyst's edit in Modeler must keep: the contract IDs, names, documentation, limits. */
class ProcessModelTest {

  private final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/puspaga-layanan-informasi.bpmn"));

  @Test
  void isTheExecutableProcessNamedAfterItsFile() {
    Process process = model.getModelElementById(LayananInformasi.PROCESS_KEY);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
  }

  @Test
  void hasTheThreeLanesOfTheSop() {
    assertThat(model.getModelElementsByType(Lane.class)).extracting(Lane::getName)
        .containsExactly("Admin", "Psikolog/Konselor", "Ketua PUSPAGA");
  }

  @Test
  void givesEveryFlowNodeATypedIdAnIndonesianNameAndDocumentationCitingTheSop() {
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).matches("(StartEvent|EndEvent|BoundaryEvent|Task|Gateway|SubProcess)_[A-Z][A-Za-z]+");
      assertThat(node.getName()).as(node.getId()).isNotBlank();
      assertThat(node.getDocumentations()).as(node.getId()).isNotEmpty();
      assertThat(node.getDocumentations().iterator().next().getTextContent()).as(node.getId()).containsAnyOf("SOP", "Keterkaitan");
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches("SequenceFlow_[A-Z][A-Za-z]+");
    }
  }

  @Test
  void putsEachStepInItsLaneWithItsGroupAndLimit() {
    Map<String, List<String>> steps = Map.of(
        "Task_RegisterRequest", List.of("administrasi", "${sopDeadline.workingDays(1)}"),
        "Task_MapNeeds", List.of("konselor", "${sopDeadline.workingDays(7)}"),
        "Task_SubmitWorkProgram", List.of("konselor", "${sopDeadline.workingDays(1)}"),
        "Task_ReviewWorkProgram", List.of("ketua", "${sopDeadline.workingDays(5)}"),
        "Task_ReportActivity", List.of("konselor", "${sopDeadline.workingDays(5)}"),
        "Task_CompileProgramReport", List.of("konselor", "${sopDeadline.workingDays(10)}"),
        "Task_CoordinateProgramReport", List.of("ketua", "${sopDeadline.days(2)}"),
        "Task_ArchiveProgramReport", List.of("administrasi", "${sopDeadline.days(1)}"));
    steps.forEach((id, expected) -> {
      UserTask task = model.getModelElementById(id);
      assertThat(task.getCamundaCandidateGroups()).as(id).isEqualTo(expected.get(0));
      assertThat(task.getCamundaDueDate()).as(id).isEqualTo(expected.get(1));
      assertThat(timerOn(id)).as("timer on " + id).isEqualTo(expected.get(1));
    });
    UserTask carryOut = model.getModelElementById("Task_CarryOutActivity");
    assertThat(carryOut.getCamundaCandidateGroups()).isEqualTo("konselor");
    assertThat(timerOn("SubProcess_WorkProgram")).isEqualTo("${sopDeadline.programEnd(programEndDate)}");
  }

  @Test
  void makesEveryTimerNonInterrupting() {
    for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
      assertThat(timer.cancelActivity()).as(timer.getId()).isFalse();
    }
  }

  private String timerOn(String activityId) {
    return model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo().getId().equals(activityId))
        .flatMap(b -> b.getEventDefinitions().stream())
        .filter(TimerEventDefinition.class::isInstance)
        .map(d -> ((TimerEventDefinition) d).getTimeDate().getTextContent())
        .findFirst().orElse(null);
  }

}
