package id.go.tangerangkota.puspaga.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.system.PostgresServer;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL database of the single-office release (our schema up to V13, the engine's tables,
 * a running request with a timer, an ended one, our rows) upgraded in place by V14: every row
 * belongs to the first office, every user is its member, the counters carry on, and the running
 * request carries on for its Admin under the engine's tenant check.
 */
class SingleOfficeUpgradeOnPostgresTest {

  private static final PostgresServer POSTGRES = PostgresServer.start();
  private static final String PASSWORD = "Satu-Kantor-2026";

  @AfterAll
  static void stop() throws Exception {
    POSTGRES.close();
  }

  @Test
  void everyRowOfTheSingleOfficeBelongsToTheFirstOfficeOnceAndItsRunningRequestCarriesOn() {
    POSTGRES.createDatabase("upgrade", "upgrade", PASSWORD);
    DataSource dataSource = POSTGRES.dataSource("upgrade", "upgrade", PASSWORD);
    flyway(dataSource, "13").migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ProcessEngine before = engine("before");
    before.getRepositoryService().createDeployment().addModelInstance("sop.bpmn", model()).deploy();
    var rina = before.getIdentityService().newUser("rina");
    rina.setPassword("rina");
    before.getIdentityService().saveUser(rina);
    before.getIdentityService().saveGroup(before.getIdentityService().newGroup("administrasi"));
    before.getIdentityService().createMembership("rina", "administrasi");
    String running = before.getRuntimeService().startProcessInstanceByKey("sop", "LI-2026-0007",
        Map.of("requesterName", "Ibu Sri")).getId();
    String ended = before.getRuntimeService().startProcessInstanceByKey("sop", "LI-2026-0006").getId();
    before.getTaskService().complete(before.getTaskService().createTaskQuery().processInstanceId(ended).singleResult().getId());
    assertThat(before.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).singleResult().getTenantId())
        .isNull();
    before.close();
    jdbc.update("insert into document_sequence (document_type, sequence_year, last_value) values ('REGISTRASI', 2026, 7)");
    jdbc.update("insert into public_request (registration_number, process_instance_id, status_code_sha256,"
        + " consent_text_version, submitted_at) values ('LI-2026-0007', ?, 'x', 'v1', now())", running);
    jdbc.update("insert into request_statistics (process_instance_id, business_key, received_at) values (?, 'LI-2026-0007',"
        + " now())", running);
    jdbc.update("insert into monthly_report (id, report_month, version, document_number, file_name, pdf, pdf_sha256, csv,"
        + " csv_sha256, generated_at) values ('r1', '2026-10', 1, '001/LBK/PUSPAGA/XI/2026', 'laporan', ?, 'x', ?, 'y', now())",
        new byte[] {1}, new byte[] {2});
    jdbc.update("insert into data_incident (process_instance_id, reported_at, reported_by, due_at) values ('i1', now(),"
        + " 'budi', now())");
    jdbc.update("insert into survey_invitation (process_instance_id, registration_number, code_sha256, service_month, used)"
        + " values (?, 'LI-2026-0006', 'h', '2026-10', true)", ended);
    jdbc.update("insert into survey_answer (id, service_month, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9) values"
        + " ('a1', '2026-10', current_date, 4, 4, 4, 4, 4, 4, 4, 4, 4)");
    jdbc.update("insert into survey_follow_up (period, text, written_by, written_at) values ('2026-S2', 'Tindak', 'sari',"
        + " now())");

    flyway(dataSource, "latest").migrate();

    for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_hi_procinst",
        "act_hi_taskinst", "act_hi_actinst", "act_hi_varinst")) {
      assertThat(jdbc.queryForList("select distinct tenant_id_ from " + table, String.class)).as(table).containsExactly("3671");
    }
    assertThat(jdbc.queryForList("select distinct tenant_id_ from act_re_procdef", String.class)).as("definitions stay shared")
        .containsOnlyNulls();
    assertThat(jdbc.queryForObject("select count(*) from act_id_tenant_member where tenant_id_ = '3671' and user_id_ = 'rina'",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select last_value from document_sequence where office_id = '3671' and document_type"
        + " = 'REGISTRASI' and sequence_year = 2026", Long.class)).as("the counter carries on").isEqualTo(7);
    assertThat(jdbc.queryForObject("select office_id from public_request where process_instance_id = ?", String.class,
        running)).isEqualTo("3671");
    assertThat(jdbc.queryForObject("select office_id from request_statistics where process_instance_id = ?", String.class,
        running)).isEqualTo("3671");
    assertThat(jdbc.queryForList("select office_id || ' ' || version from monthly_report where report_month = '2026-10'",
        String.class)).as("the filed report kept, its office named").containsExactly("3671 1");
    assertThat(jdbc.queryForList("select office_id from survey_invitation union all select office_id from survey_answer"
        + " union all select office_id || ' ' || period from survey_follow_up", String.class))
        .containsExactly("3671", "3671", "3671 2026-S2");
    assertThat(jdbc.queryForObject("select office_id from data_incident where process_instance_id = 'i1'", String.class))
        .isEqualTo("3671");
    assertThat(flyway(dataSource, "latest").migrate().migrationsExecuted).as("once").isZero();

    ProcessEngine after = engine("after");
    try {
      after.getIdentityService().setAuthentication("rina", List.of("administrasi"), List.of("3671"));
      Task task = after.getTaskService().createTaskQuery().processInstanceId(running).singleResult();
      assertThat(task).as("Admin of the first office still sees her request's step").isNotNull();
      after.getIdentityService().setAuthentication("tika", List.of("administrasi"), List.of("3674"));
      assertThat(after.getTaskService().createTaskQuery().processInstanceId(running).count()).as("another office").isZero();
      after.getIdentityService().clearAuthentication();
      after.getTaskService().complete(task.getId());
      assertThat(after.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(running).singleResult()
          .getState()).isEqualTo("COMPLETED");
    } finally {
      after.close();
    }
  }

  private static Flyway flyway(DataSource dataSource, String target) {
    return Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").target(target)
        .placeholders(Map.of("office", "3671")).load();
  }

  private static ProcessEngine engine(String name) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("upgrade-" + name);
    configuration.setJdbcUrl(POSTGRES.jdbcUrl("upgrade"));
    configuration.setJdbcUsername("upgrade");
    configuration.setJdbcPassword(PASSWORD);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(false);
    return configuration.buildProcessEngine();
  }

  /** One step with its limit as a timer: what the running requests of the single-office release hold. */
  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("sop").camundaHistoryTimeToLive(1827)
        .startEvent()
        .userTask("Task_RegisterRequest").camundaCandidateGroups("administrasi")
        .boundaryEvent("Timer_Limit").cancelActivity(false).timerWithDuration("P1D").endEvent()
        .moveToActivity("Task_RegisterRequest").endEvent()
        .done();
  }
}
