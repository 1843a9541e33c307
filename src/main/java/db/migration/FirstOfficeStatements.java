package db.migration;

import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Runs a migration's statements, each {@code ?} bound to the first office: Flyway's placeholder
 * {@code office} ({@code puspaga.offices.default}), {@code 3671} when not configured. Not a
 * migration itself (Flyway runs only classes that implement its migration interface).
 */
final class FirstOfficeStatements {

  private FirstOfficeStatements() {}

  static void run(Context context, List<String> statements) throws Exception {
    String office = context.getConfiguration().getPlaceholders().getOrDefault("office", "3671");
    for (String statement : statements) {
      try (PreparedStatement sql = context.getConnection().prepareStatement(statement)) {
        if (statement.contains("?")) {
          sql.setString(1, office);
        }
        sql.executeUpdate();
      }
    }
  }
}
