package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The H2 database `./mvnw spring-boot:run` opens, by the URL application.yaml gives: a transaction
 * waits up to 20 s for a row another holds (the document counter while a PDF renders), where H2's
 * own default gives up after 2 s.
 */
class H2DefaultDatabaseTest {

  @TempDir
  Path dir;

  @Test
  void waitsUpToTwentySecondsForALockedRowWhereH2AloneWouldGiveUpAfterTwo() throws Exception {
    String configured = (String) new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .get(0).getProperty("spring.datasource.url");
    assertThat(configured).startsWith("jdbc:h2:file:./data/puspaga;");
    String url = configured.replace("./data/puspaga", dir.resolve("puspaga").toString());

    try (Connection holder = DriverManager.getConnection(url, "sa", "");
        Connection waiter = DriverManager.getConnection(url, "sa", "")) {
      try (ResultSet timeout = waiter.createStatement().executeQuery("select lock_timeout()")) {
        timeout.next();
        assertThat(timeout.getInt(1)).as("milliseconds").isEqualTo(20_000);
      }
      try (Statement setup = holder.createStatement()) {
        setup.execute("create table counter (id int primary key, last_value int)");
        setup.execute("insert into counter values (1, 0)");
      }
      holder.setAutoCommit(false);
      holder.createStatement().executeUpdate("update counter set last_value = last_value + 1 where id = 1");
      CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
        try (Statement draw = waiter.createStatement()) {
          return draw.executeUpdate("update counter set last_value = last_value + 1 where id = 1");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(5_000);                       // longer than H2's own 2 s
      assertThat(waiting).as("still waiting for the row").isNotDone();
      holder.commit();
      assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      try (ResultSet value = holder.createStatement().executeQuery("select last_value from counter")) {
        value.next();
        assertThat(value.getInt(1)).isEqualTo(2);
      }
    }
  }
}
