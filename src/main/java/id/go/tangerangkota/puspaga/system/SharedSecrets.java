package id.go.tangerangkota.puspaga.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A random secret per name, created once in the database, so that every node of a cluster signs
 * and checks with the same key without any configuration.
 */
@Component
public class SharedSecrets {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public SharedSecrets(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public byte[] get(String name) {
    var existing = jdbc.queryForList("select secret from app_secret where name = ?", String.class, name);
    if (existing.isEmpty()) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try {
        jdbc.update("insert into app_secret (name, secret, created_at) values (?,?,?)", name,
            HexFormat.of().formatHex(fresh), Timestamp.from(clock.instant()));
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // read below what it stored
      }
      existing = jdbc.queryForList("select secret from app_secret where name = ?", String.class, name);
    }
    return HexFormat.of().parseHex(existing.get(0));
  }
}
