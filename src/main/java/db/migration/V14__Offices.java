package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Many offices on one platform (docs/offices.md). Creates the office register and makes the
 * number counters per office; on a database of a single-office release, gives every existing row
 * to the first office ({@code puspaga.offices.default}, Flyway's placeholder {@code office}),
 * once: the engine's runtime and history rows of every process instance (the definitions stay
 * shared), the counters, and a tenant membership for every existing user, so that the running
 * requests carry on and each person keeps seeing them. A new installation has no engine tables
 * yet (Flyway runs before the engine creates them): nothing to assign.
 */
public class V14__Offices extends BaseJavaMigration {

  /** Where a row names the process instance it belongs to, in the order preferred. */
  private static final List<String> INSTANCE_COLUMNS = List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_", "ROOT_PROC_INST_ID_");

  @Override
  public void migrate(Context context) throws Exception {
    String office = context.getConfiguration().getPlaceholders().getOrDefault("office", "3671");
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("create table office (office_id varchar(16) primary key, name varchar(200) not null,"
          + " government varchar(200) not null, agency varchar(300) not null, unit varchar(200) not null,"
          + " address varchar(300) not null, city varchar(100) not null, head_title varchar(100) not null,"
          + " head_name varchar(200) not null, head_nip varchar(32) not null, mail_sender varchar(300) not null,"
          + " public_path varchar(100) not null, number_pattern varchar(100) not null, updated_at timestamp not null)");
      ddl.execute("create unique index office_public_path on office (public_path)");
      ddl.execute("create table office_holiday (office_id varchar(16) not null, holiday_date date not null,"
          + " name varchar(200) not null, primary key (office_id, holiday_date))");
      // Counters per office, type and year: a new table, as the primary key changes (portable DDL).
      ddl.execute("create table office_sequence (office_id varchar(16) not null, document_type varchar(64) not null,"
          + " sequence_year integer not null, last_value bigint not null, primary key (office_id, document_type, sequence_year))");
    }
    try (PreparedStatement copy = connection.prepareStatement("insert into office_sequence (office_id, document_type,"
        + " sequence_year, last_value) select ?, document_type, sequence_year, last_value from document_sequence")) {
      copy.setString(1, office);
      copy.executeUpdate();
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("drop table document_sequence");
      ddl.execute("alter table office_sequence rename to document_sequence");
    }
    // Our rows that a person of one office may list: each names its office.
    for (String table : List.of("public_request", "archive_receipt", "archive_document")) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("alter table " + table + " add column office_id varchar(16)");
      }
      try (PreparedStatement update = connection.prepareStatement("update " + table + " set office_id = ?")) {
        update.setString(1, office);
        update.executeUpdate();
      }
    }
    assignEngineRows(connection, office);
  }

  static void assignEngineRows(Connection connection, String office) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    if (!tableExists(meta, "ACT_ID_TENANT")) {
      return;
    }
    for (String table : engineTables(meta)) {
      List<String> columns = columns(meta, table);
      if (!columns.contains("TENANT_ID_")) {
        continue;
      }
      String instanceColumn = INSTANCE_COLUMNS.stream().filter(columns::contains).findFirst().orElse(null);
      if (instanceColumn == null) {
        continue;
      }
      try (PreparedStatement update = connection.prepareStatement(
          "update " + table + " set TENANT_ID_ = ? where TENANT_ID_ is null and " + instanceColumn + " is not null")) {
        update.setString(1, office);
        update.executeUpdate();
      }
    }
    try (PreparedStatement exists = connection.prepareStatement("select count(*) from ACT_ID_TENANT where ID_ = ?")) {
      exists.setString(1, office);
      try (ResultSet count = exists.executeQuery()) {
        count.next();
        if (count.getInt(1) == 0) {
          try (PreparedStatement tenant = connection.prepareStatement(
              "insert into ACT_ID_TENANT (ID_, REV_, NAME_) values (?, 1, ?)")) {
            tenant.setString(1, office);
            tenant.setString(2, office);
            tenant.executeUpdate();
          }
        }
      }
    }
    List<String> users = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("select u.ID_ from ACT_ID_USER u where not exists"
        + " (select 1 from ACT_ID_TENANT_MEMBER m where m.USER_ID_ = u.ID_ and m.TENANT_ID_ = ?)")) {
      select.setString(1, office);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          users.add(rows.getString(1));
        }
      }
    }
    try (PreparedStatement member = connection.prepareStatement(
        "insert into ACT_ID_TENANT_MEMBER (ID_, TENANT_ID_, USER_ID_, GROUP_ID_) values (?, ?, ?, null)")) {
      for (String user : users) {
        member.setString(1, UUID.randomUUID().toString());
        member.setString(2, office);
        member.setString(3, user);
        member.executeUpdate();
      }
    }
  }

  /** The engine's runtime, history and byte-array tables; never the repository (shared definitions) or identities. */
  private static List<String> engineTables(DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
        String schema = rows.getString("TABLE_SCHEM");
        if ((name.startsWith("ACT_RU_") || name.startsWith("ACT_HI_") || name.equals("ACT_GE_BYTEARRAY"))
            && !name.equals("ACT_RU_JOBDEF") && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))
            && !tables.contains(rows.getString("TABLE_NAME"))) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
    }
    return tables;
  }

  private static List<String> columns(DatabaseMetaData meta, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rows = meta.getColumns(null, null, table, "%")) {
      while (rows.next()) {
        columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
      }
    }
    return columns;
  }

  private static boolean tableExists(DatabaseMetaData meta, String name) throws SQLException {
    for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
      try (ResultSet tables = meta.getTables(null, null, candidate, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
