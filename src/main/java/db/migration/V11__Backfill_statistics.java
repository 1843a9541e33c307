package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the anonymous statistics (V10) of the requests that ran before them, from the engine's
 * history, once: the requests, their completed tasks, their activities held. A database without
 * the engine's tables (a new installation: Flyway runs before the engine creates them) has nothing
 * to fill. Rows already present are left as they are.
 */
public class V11__Backfill_statistics extends BaseJavaMigration {

  static final String PROCESS_KEY = "puspaga-layanan-informasi";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void migrate(Context context) throws Exception {
    backfill(context.getConnection());
  }

  /** Public for the test that empties the statistics of real requests and fills them again. */
  public static void backfill(Connection connection) throws SQLException {
    if (!historyExists(connection)) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into request_statistics (process_instance_id,"
        + " business_key, received_at, ended_at) select p.ID_, p.BUSINESS_KEY_, p.START_TIME_, p.END_TIME_"
        + " from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = ? and not exists"
        + " (select 1 from request_statistics s where s.process_instance_id = p.ID_)")) {
      insert.setString(1, PROCESS_KEY);
      insert.executeUpdate();
    }
    if (officeColumnExists(connection)) {
      // Run again after V15 (the test that fills the statistics anew): each request's office is its tenant.
      try (PreparedStatement office = connection.prepareStatement("update request_statistics set office_id = (select"
          + " p.TENANT_ID_ from ACT_HI_PROCINST p where p.ID_ = request_statistics.process_instance_id) where office_id is null")) {
        office.executeUpdate();
      }
    }
    describe(connection, "topic", "topic");
    describe(connection, "requestChannel", "channel");
    describe(connection, "serviceType", "service_type");
    try (PreparedStatement kind = connection.prepareStatement("update request_statistics set requester_kind = case when"
        + " exists (select 1 from ACT_HI_VARINST v where v.PROC_INST_ID_ = request_statistics.process_instance_id"
        + " and v.EXECUTION_ID_ = v.PROC_INST_ID_ and v.NAME_ = 'requesterInstitution' and v.TEXT_ is not null"
        + " and trim(v.TEXT_) <> '') then 'LEMBAGA' else 'PERORANGAN' end where requester_kind is null")) {
      kind.executeUpdate();
    }
    try (PreparedStatement approved = connection.prepareStatement("select v.PROC_INST_ID_, v.LONG_ from ACT_HI_VARINST v"
        + " where v.NAME_ = 'workProgramApprovedAt' and v.LONG_ is not null");
        PreparedStatement update = connection.prepareStatement("update request_statistics set program_approved_at = ?"
            + " where process_instance_id = ? and program_approved_at is null");
        ResultSet rows = approved.executeQuery()) {
      while (rows.next()) {
        update.setTimestamp(1, new Timestamp(rows.getLong(2)));
        update.setString(2, rows.getString(1));
        update.executeUpdate();
      }
    }
    try (PreparedStatement tasks = connection.prepareStatement("insert into step_statistics (task_id, process_instance_id,"
        + " activity_id, name, assignee, started_at, ended_at, due_at) select t.ID_, t.PROC_INST_ID_, t.TASK_DEF_KEY_,"
        + " t.NAME_, t.ASSIGNEE_, t.START_TIME_, t.END_TIME_, t.DUE_DATE_ from ACT_HI_TASKINST t"
        + " where t.PROC_DEF_KEY_ = ? and t.DELETE_REASON_ = 'completed' and t.END_TIME_ is not null and not exists"
        + " (select 1 from step_statistics s where s.task_id = t.ID_)")) {
      tasks.setString(1, PROCESS_KEY);
      tasks.executeUpdate();
    }
    activities(connection);
  }

  private static void describe(Connection connection, String variable, String column) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("update request_statistics set " + column + " ="
        + " (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = request_statistics.process_instance_id"
        + " and v.EXECUTION_ID_ = v.PROC_INST_ID_ and v.NAME_ = ?) where " + column + " is null")) {
      update.setString(1, variable);
      update.executeUpdate();
    }
  }

  /** The activity reports are a JSON list in a byte array: each held activity with its day and participants. */
  private static void activities(Connection connection) throws SQLException {
    try (PreparedStatement reports = connection.prepareStatement("select v.PROC_INST_ID_, b.BYTES_ from ACT_HI_VARINST v"
        + " join ACT_GE_BYTEARRAY b on b.ID_ = v.BYTEARRAY_ID_ where v.NAME_ = 'activityReports'"
        + " and v.EXECUTION_ID_ = v.PROC_INST_ID_ and not exists"
        + " (select 1 from activity_statistics a where a.process_instance_id = v.PROC_INST_ID_)");
        PreparedStatement insert = connection.prepareStatement("insert into activity_statistics (process_instance_id, seq,"
            + " held_on, participants) values (?,?,?,?)");
        ResultSet rows = reports.executeQuery()) {
      while (rows.next()) {
        JsonNode list;
        try {
          list = JSON.readTree(new String(rows.getBytes(2), StandardCharsets.UTF_8));
        } catch (java.io.IOException notJson) {
          continue;
        }
        int seq = 0;
        for (JsonNode report : list) {
          int index = seq++;
          String heldOn = report.path("heldOn").asText("");
          if (heldOn.length() < 10) {
            continue;
          }
          insert.setString(1, rows.getString(1));
          insert.setInt(2, index);
          insert.setDate(3, Date.valueOf(LocalDate.parse(heldOn.substring(0, 10))));
          insert.setLong(4, participants(report.path("participants")));
          insert.executeUpdate();
        }
      }
    }
  }

  private static long participants(JsonNode value) {
    try {
      return value.isNumber() ? value.asLong() : (long) Double.parseDouble(value.asText("0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean officeColumnExists(Connection connection) throws SQLException {
    for (String table : new String[] {"REQUEST_STATISTICS", "request_statistics"}) {
      for (String column : new String[] {"OFFICE_ID", "office_id"}) {
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
          if (columns.next()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean historyExists(Connection connection) throws SQLException {
    for (String name : new String[] {"ACT_HI_PROCINST", "act_hi_procinst"}) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

}
