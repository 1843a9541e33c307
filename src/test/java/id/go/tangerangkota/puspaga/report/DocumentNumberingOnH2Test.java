package id.go.tangerangkota.puspaga.report;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class DocumentNumberingOnH2Test extends DocumentNumberingContract {

  @Override
  String sessionsWaitingForALock() {
    return "select count(*) from information_schema.sessions where executing_statement like 'insert into document_sequence%'";
  }

  @Override
  DataSource dataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:numbering-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    dataSource.setUser("sa");
    return dataSource;
  }
}
