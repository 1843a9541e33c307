package id.go.tangerangkota.puspaga.report;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class DocumentNumberingOnH2Test extends DocumentNumberingContract {

  @Override
  DataSource dataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:numbering-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    dataSource.setUser("sa");
    return dataSource;
  }
}
