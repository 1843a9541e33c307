package id.go.tangerangkota.puspaga.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Our "timestamp with time zone" columns as read through JdbcTemplate's row maps. */
public final class DatabaseTimes {

  private DatabaseTimes() {}

  /** H2 gives such a column as OffsetDateTime, PostgreSQL's driver as Timestamp. */
  public static Instant instant(Object timestampWithTimeZone) {
    return timestampWithTimeZone instanceof OffsetDateTime offset ? offset.toInstant()
        : ((Timestamp) timestampWithTimeZone).toInstant();
  }
}
