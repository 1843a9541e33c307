package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Indonesian locale of each webapp ({@code app/<app>/locales/id.json}) against the English one
 * Camunda ships in its webjar: every key there, translated, with the same placeholders. After a
 * Camunda upgrade this fails on each new key until it is translated.
 */
class WebappLocalesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  /** Words that read the same in Indonesian (names, types, technical terms and symbols). */
  private static final Set<String> SAME_IN_BOTH = Set.of("", "Admin", "Camunda", "Camunda Cockpit", "Cockpit", "Tasklist",
      "Boolean", "Double", "Integer", "Long", "Short", "String", "<null>", "<undefined>", "null", "<", "<=", ">", ">=",
      "Filter", "Diagram", "Operator", "Label", "Batch", "batch", "OK", " OK", "Ok", "Deployment", "GLOBAL", "Optimize",
      "Tenant", "Tenant: ID", "ID", "ID*", "Job", "Runtime", "Status", "Valid", "YYYY-MM-DDTHH:mm:ss", "requestPayload",
      "CSV", "JSON", "Min", "Minimum:", "Total");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|\\{}|%[sd]");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelIsTranslatedWithItsPlaceholders(String app) throws IOException {
    JsonNode english = read(APPS + app + "/locales/en.json");
    JsonNode indonesian = read(APPS + app + "/locales/id.json");

    List<String> missing = new ArrayList<>();
    List<String> untranslated = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> labels = english.get("labels").fields(); labels.hasNext(); ) {
      Map.Entry<String, JsonNode> label = labels.next();
      JsonNode translated = indonesian.get("labels").get(label.getKey());
      if (translated == null) {
        missing.add(label.getKey());
        continue;
      }
      String en = label.getValue().asText();
      String id = translated.asText();
      if (en.equals(id) && !SAME_IN_BOTH.contains(en)) {
        untranslated.add(label.getKey() + " = " + en);
      }
      if (!placeholders(en).equals(placeholders(id))) {
        placeholders.add(label.getKey() + ": " + en + " -> " + id);
      }
    }
    assertThat(missing).as(app + ": keys of en.json missing from id.json").isEmpty();
    assertThat(untranslated).as(app + ": labels left in English").isEmpty();
    assertThat(placeholders).as(app + ": placeholders changed").isEmpty();
    if (english.has("dateLocales")) {
      assertThat(fieldNames(indonesian.get("dateLocales"))).isEqualTo(fieldNames(english.get("dateLocales")));
      assertThat(indonesian.get("dateLocales").get("months").get(11).asText()).isEqualTo("Desember");
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group());
    }
    return found;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      // Camunda's files start with a byte order mark.
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }
}
