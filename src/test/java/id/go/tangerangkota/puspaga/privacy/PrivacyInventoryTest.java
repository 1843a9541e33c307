package id.go.tangerangkota.puspaga.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/privacy.md names every table our migrations create, and the engine's tables that hold a request's data. */
class PrivacyInventoryTest {

  private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
      Pattern.CASE_INSENSITIVE);

  @Test
  void theInventoryNamesEveryTableAMigrationCreates() throws IOException {
    String inventory = Files.readString(Path.of("docs", "privacy.md"));
    List<String> tables = tablesOfTheMigrations();
    assertThat(tables).contains("public_request", "mail_outbox", "survey_answer", "consent_text");
    List<String> missing = new ArrayList<>();
    for (String table : tables) {
      if (!inventory.contains("`" + table + "`")) {
        missing.add(table);
      }
    }
    assertThat(missing).as("tables docs/privacy.md does not name").isEmpty();
  }

  @Test
  void theInventoryNamesTheEngineTablesThatHoldARequestsData() throws IOException {
    String inventory = Files.readString(Path.of("docs", "privacy.md"));
    assertThat(inventory).contains("`ACT_HI_VARINST`", "`ACT_HI_DETAIL`", "`ACT_GE_BYTEARRAY`", "`ACT_HI_COMMENT`",
        "`ACT_HI_OP_LOG`", "`ACT_RU_VARIABLE`", "`ACT_ID_USER`");
  }

  /** The tables the migrations leave: a table made only to be renamed into an older one's place is that one. */
  static List<String> tablesOfTheMigrations() throws IOException {
    List<String> tables = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        String text = Files.readString(file);
        Matcher create = CREATE_TABLE.matcher(text);
        while (create.find()) {
          tables.add(create.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher renamed = RENAME_TABLE.matcher(text);
        while (renamed.find()) {
          tables.remove(renamed.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }

  private static final Pattern RENAME_TABLE = Pattern.compile("alter\\s+table\\s+(\\w+)\\s+rename\\s+to", Pattern.CASE_INSENSITIVE);
}
