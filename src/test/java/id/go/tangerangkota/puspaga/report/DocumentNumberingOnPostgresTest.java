package id.go.tangerangkota.puspaga.report;

import id.go.tangerangkota.puspaga.system.PostgresServer;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

class DocumentNumberingOnPostgresTest extends DocumentNumberingContract {

  private static final PostgresServer POSTGRES = PostgresServer.start();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @AfterAll
  static void stop() throws Exception {
    POSTGRES.close();
  }

  @Override
  String sessionsWaitingForALock() {
    return "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
        + " and query like 'insert into document_sequence%'";
  }

  @Override
  DataSource dataSource() {
    String database = "numbering" + DATABASES.incrementAndGet();
    POSTGRES.createDatabase(database, database, "Nomor-Dokumen-2026");
    return POSTGRES.dataSource(database, database, "Nomor-Dokumen-2026");
  }
}
