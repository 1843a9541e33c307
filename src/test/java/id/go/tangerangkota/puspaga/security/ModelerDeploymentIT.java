package id.go.tangerangkota.puspaga.security;

import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.ModelerDeployment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deploying exactly as Camunda Modeler does ("Deploy to Camunda 7", HTTP Basic), as the analyst and as others. */
@DemoApplicationTest
class ModelerDeploymentIT {

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Test
  void letsTheAnalystDeployANewVersionWhileRunningInstancesKeepTheirs() throws Exception {
    ProcessInstance running = runtime.startProcessInstanceByKey(LayananInformasi.PROCESS_KEY,
        Map.of("requesterName", "Ibu Ani"));
    int before = latestVersion();

    HttpResponse<String> response = deploy("andi", modelerParts(Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"))
        .replace("name=\"Registrasi dan disposisi permohonan\"", "name=\"Registrasi dan disposisi permohonan layanan\"")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployment = new ObjectMapper().readTree(response.body());
    assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(latestVersion()).isEqualTo(before + 1);
    String newStart = runtime.startProcessInstanceByKey(LayananInformasi.PROCESS_KEY, Map.of("requesterName", "Pak Budi"))
        .getProcessDefinitionId();
    assertThat(repository.getProcessDefinition(newStart).getVersion()).isEqualTo(before + 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(running.getProcessDefinitionId());
  }

  @Test
  void refusesADeploymentByAKonselor() throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    HttpResponse<String> response = deploy("budi", modelerParts(Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"))));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void answersAnInvalidModelWith400AndTheParsersMessageAndDeploysNothing() throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    String broken = Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn"))
        .replace("targetRef=\"Task_RegisterRequest\"", "targetRef=\"Task_DoesNotExist\"");
    HttpResponse<String> response = deploy("andi", modelerParts(broken));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Task_DoesNotExist");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void refusesScriptsFromAnyoneButAnAdministrator() throws Exception {
    String scripted = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_Scripted").camundaHistoryTimeToLive(1)
        .startEvent().scriptTask("Task_RunScript").scriptFormat("javascript").scriptText("1 + 1").endEvent().done());
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", "scripted");
    parts.put("deployment-source", "Camunda Modeler");
    parts.put("scripted.bpmn", scripted.getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> byAnalyst = deploy("andi", parts);
    assertThat(byAnalyst.statusCode()).isEqualTo(400);
    assertThat(byAnalyst.body()).contains("only members of camunda-admin may deploy scripts", "Task_RunScript");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Process_Scripted").count()).isZero();

    assertThat(deploy("sysadmin", parts).statusCode()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Process_Scripted").count()).isEqualTo(1);
  }

  private int latestVersion() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(LayananInformasi.PROCESS_KEY)
        .latestVersion().singleResult().getVersion();
  }

  private static Map<String, Object> modelerParts(String bpmn) throws IOException {
    return ModelerDeployment.parts(bpmn);
  }

  private HttpResponse<String> deploy(String user, Map<String, Object> parts) throws Exception {
    return ModelerDeployment.deploy(port, user, parts);
  }
}
