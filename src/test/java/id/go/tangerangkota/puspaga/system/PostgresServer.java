package id.go.tangerangkota.puspaga.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A real PostgreSQL server (the release in pom.xml, binaries from Maven Central) for tests that run
 * the packaged application in its own JVM, with a database and an owner as an office sets them up.
 */
public final class PostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static PostgresServer start() {
    return start(Map.of());
  }

  /** With these server settings (postgresql.conf's names), e.g. a library to preload. */
  public static PostgresServer start(Map<String, String> settings) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      settings.forEach(builder::setServerConfig);
      return new PostgresServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** Creates an empty database owned by a new role with that password, as the postgres image does. */
  public void createDatabase(String database, String owner, String password) {
    JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
    admin.execute("create role \"" + owner + "\" login password '" + password.replace("'", "''") + "'");
    admin.execute("create database \"" + database + "\" owner \"" + owner + "\"");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Connections as that user, as the application would open them. */
  public DataSource dataSource(String database, String user, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl(database));
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  /** A connection of the superuser to that database, for the tests' own checks. */
  public JdbcTemplate jdbc(String database) {
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
      return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** pg_dump in the custom format as the application's own database user, exactly as the backup section of docs/operations.md says. */
  public void dump(String database, Path file, String user, String password) {
    run(List.of("pg_dump", "--username=" + user, "--format=custom", "--file=" + file, database), password);
  }

  /** createdb as the superuser, owned by the application's role, as the restore in docs/operations.md says. */
  public void createdb(String database, String owner) {
    run(List.of("createdb", "--username=postgres", "--owner=" + owner, database), "postgres");
  }

  /** pg_restore as the superuser into a new empty database, its objects owned by the application's role, as docs/operations.md says. */
  public void restore(Path file, String database, String owner) {
    run(List.of("pg_restore", "--username=postgres", "--dbname=" + database, "--no-owner", "--role=" + owner,
        "--exit-on-error", file.toString()), "postgres");
  }

  private void run(List<String> command, String password) {
    List<String> full = new ArrayList<>(command);
    full.addAll(List.of("--host=localhost", "--port=" + port()));
    try {
      ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
      builder.environment().putAll(Map.of("PGPASSWORD", password));
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(String.join(" ", command) + " (install Debian's postgresql-client)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
