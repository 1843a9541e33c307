package id.go.tangerangkota.puspaga.breach;

import static id.go.tangerangkota.puspaga.layanan.LayananInformasi.SOP_BREACHES;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.shared.JsonListVariable;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records a breach twice, for two readers: in our own table, which outlives the instance (history
 * cleanup removes engine history), and in the instance variable {@code sopBreaches}, which the
 * Ketua sees in Cockpit while the instance runs. Both writes share the engine's transaction.
 */
@Service
public class BreachService {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  public BreachService(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** Returns the breach's id, which names it for the mail that tells about it. */
  public String record(Breach breach, DelegateExecution execution) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into sop_breach (id, process_instance_id, business_key, sop_step, activity_id, activity_name,"
            + " task_id, assignee, candidate_group, deadline, fired_at) values (?,?,?,?,?,?,?,?,?,?,?)",
        id, breach.processInstanceId(), breach.businessKey(), breach.sopStep(),
        breach.activityId(), breach.activityName(), breach.taskId(), breach.assignee(), breach.candidateGroup(),
        Timestamp.from(breach.deadline()), Timestamp.from(breach.firedAt()));
    JsonListVariable.append(execution, SOP_BREACHES, asMap(breach));
    return id;
  }

  public List<Map<String, Object>> breachesOf(String processInstanceId) {
    return jdbc.queryForList(
        "select * from sop_breach where process_instance_id = ? order by fired_at, sop_step", processInstanceId);
  }

  private Map<String, Object> asMap(Breach breach) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("sopStep", breach.sopStep());
    map.put("activityId", breach.activityId());
    map.put("activityName", breach.activityName());
    map.put("taskId", breach.taskId());
    map.put("assignee", breach.assignee());
    map.put("candidateGroup", breach.candidateGroup());
    map.put("deadline", ISO.format(breach.deadline().atZone(calendar.zone())));
    map.put("firedAt", ISO.format(breach.firedAt().atZone(calendar.zone())));
    return map;
  }
}
