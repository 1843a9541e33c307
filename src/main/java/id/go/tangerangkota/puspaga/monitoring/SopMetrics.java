package id.go.tangerangkota.puspaga.monitoring;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.PROCESS_KEY;

import id.go.tangerangkota.puspaga.notification.MailOutbox;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.layanan.SopSteps;
import id.go.tangerangkota.puspaga.report.DocumentType;
import id.go.tangerangkota.puspaga.report.GenerateDocumentDelegate;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SOP's figures for Prometheus, read from the database so that every node reports the same
 * cluster-wide numbers: open and overdue tasks per lane and step, breaches per step, documents
 * numbered per type, open incidents, the mail outbox, and the engine's jobs. Computed once per
 * scrape ({@link #refresh}, called by the scrape's own request) rather than per meter.
 */
@Component
public class SopMetrics {

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final ManagementService management;
  private final SopSteps steps;
  private final MailOutbox outbox;
  private final MeterRegistry registry;
  private final Clock clock;
  private final OfficeRegistry offices;

  private static final String[] ENGINE_METRICS = {Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
      Metrics.ACTIVTY_INSTANCE_START, Metrics.JOB_ACQUIRED_SUCCESS};

  private final Map<String, Double> values = new ConcurrentHashMap<>();

  public SopMetrics(JdbcTemplate jdbc, RepositoryService repository, ManagementService management, SopSteps steps,
      MailOutbox outbox, MeterRegistry registry, Clock clock, OfficeRegistry offices) {
    this.offices = offices;
    this.jdbc = jdbc;
    this.repository = repository;
    this.management = management;
    this.steps = steps;
    this.outbox = outbox;
    this.registry = registry;
    this.clock = clock;
    for (DocumentType type : DocumentType.values()) {
      io.micrometer.core.instrument.Counter.builder(GenerateDocumentDelegate.FAILED_METRIC)
          .description("Failed attempts to generate a document, per type, on this node").tag("type", type.name())
          .register(registry);
    }
    gauge("puspaga.incidents.open", "Open incidents (failed asynchronous steps, e.g. a document)");
    for (String status : outbox.countByStatusKeys()) {
      gauge("puspaga.mail.outbox", "Mails in the outbox per status", "status", status);
    }
    gauge("camunda.jobs.executable", "Jobs due and with retries left");
    gauge("camunda.jobs.failed", "Jobs without retries left (each an incident)");
    for (String name : ENGINE_METRICS) {
      counter("camunda." + name.replace('-', '.'), "Engine metric " + name + " (as the engine last reported it)",
          "source", "engine");
    }
  }

  /**
   * Recomputes every figure; registers a meter for each office and each SOP step and lane the
   * model has: the per-request figures carry the label {@code office} (the area code).
   */
  public synchronized void refresh() {
    Map<String, Double> next = new ConcurrentHashMap<>();
    String defaultOffice = offices.defaultOfficeId();
    List<String> officeIds = offices.all().stream().map(Office::id).toList();
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .withoutTenantId().latestVersion().singleResult();
    if (latest != null) {
      for (UserTask task : repository.getBpmnModelInstance(latest.getId()).getModelElementsByType(UserTask.class)) {
        var step = steps.of(latest.getId(), task.getId());
        if (step.number() != null) {
          for (String office : officeIds) {
            next.put(key("puspaga.tasks.open", "lane", lane(step.candidateGroup()), "office", office, "step",
                step.number().toString()), 0.0);
            next.put(key("puspaga.tasks.overdue", "office", office, "step", step.number().toString()), 0.0);
            next.put(key("puspaga.breaches", "office", office, "step", step.number().toString()), 0.0);
          }
        }
      }
    }
    jdbc.query("select t.proc_def_id_, t.task_def_key_, t.tenant_id_, count(*) as open_tasks,"
            + " sum(case when t.due_date_ < ? then 1 else 0 end) as overdue_tasks from act_ru_task t"
            + " join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = ?"
            + " group by t.proc_def_id_, t.task_def_key_, t.tenant_id_",
        rs -> {
          var step = steps.of(rs.getString(1), rs.getString(2));
          String number = step.number() == null ? "none" : step.number().toString();
          String office = rs.getString(3) == null ? defaultOffice : rs.getString(3);
          next.merge(key("puspaga.tasks.open", "lane", lane(step.candidateGroup()), "office", office, "step", number),
              rs.getDouble(4), Double::sum);
          next.merge(key("puspaga.tasks.overdue", "office", office, "step", number), rs.getDouble(5), Double::sum);
        },
        Timestamp.from(clock.instant()), PROCESS_KEY);
    jdbc.query("select s.office_id, b.sop_step, count(*) from sop_breach b left join request_statistics s"
            + " on s.process_instance_id = b.process_instance_id group by s.office_id, b.sop_step",
        rs -> {
          String office = rs.getString(1) == null ? defaultOffice : rs.getString(1);
          next.merge(key("puspaga.breaches", "office", office, "step", rs.getString(2)), rs.getDouble(3), Double::sum);
        });
    for (String office : officeIds) {
      for (DocumentType type : DocumentType.values()) {
        next.put(key("puspaga.documents.generated", "office", office, "type", type.name()), 0.0);
      }
    }
    // The numbering counters of the document types (not, e.g., the registration numbers').
    jdbc.query("select office_id, document_type, sum(last_value) from document_sequence group by office_id, document_type",
        rs -> {
          String key = key("puspaga.documents.generated", "office", rs.getString(1), "type", rs.getString(2));
          if (next.containsKey(key)) {
            next.put(key, rs.getDouble(3));
          }
        });
    next.put(key("puspaga.incidents.open"), (double) jdbc.queryForObject("select count(*) from act_ru_incident", Long.class));
    outbox.countByStatus().forEach((status, count) -> next.put(key("puspaga.mail.outbox", "status", status), count.doubleValue()));
    next.put(key("camunda.jobs.executable"), (double) management.createJobQuery().executable().count());
    next.put(key("camunda.jobs.failed"), (double) management.createJobQuery().noRetriesLeft().count());
    for (String name : ENGINE_METRICS) {
      next.put(key("camunda." + name.replace('-', '.'), "source", "engine"), (double) management.createMetricsQuery().name(name).sum());
    }
    values.putAll(next);
    for (String k : next.keySet()) {
      String[] parts = k.split("\\|");
      String name = parts[0];
      String[] tags = java.util.Arrays.copyOfRange(parts, 1, parts.length);
      if (name.equals("puspaga.breaches")) {
        counter(name, "SOP time limits passed, per office and step", tags);
      } else if (name.equals("puspaga.documents.generated")) {
        counter(name, "Documents numbered and generated, per office and type", tags);
      } else if (name.startsWith("puspaga.tasks.")) {
        gauge(name, name.endsWith("open") ? "Open tasks per office, lane and SOP step"
            : "Open tasks past their SOP deadline, per office and step", tags);
      }
    }
  }

  private void gauge(String name, String description, String... tags) {
    String key = key(name, tags);
    Gauge.builder(name, values, v -> v.getOrDefault(key, 0.0)).description(description).tags(tags).register(registry);
  }

  private void counter(String name, String description, String... tags) {
    String key = key(name, tags);
    FunctionCounter.builder(name, values, v -> v.getOrDefault(key, 0.0)).description(description).tags(tags)
        .register(registry);
  }

  private static String key(String name, String... tags) {
    return name + (tags.length == 0 ? "" : "|" + String.join("|", tags));
  }

  private static String lane(String candidateGroup) {
    return candidateGroup == null ? "none" : candidateGroup.split(",")[0].strip();
  }
}
