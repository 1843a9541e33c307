package id.go.tangerangkota.puspaga.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The forms in processes/ and the server allow the same length for every text a person types. */
class TextLimitsTest {

  /** Dates typed as text: the server reads them as dates (WorkProgramRules), whatever their length. */
  private static final java.util.Set<String> TYPED_DATES = java.util.Set.of("activityHeldOn", "programEndDate");

  @Test
  void everyEditableTextFieldOfEveryFormHasTheServersLimit() throws IOException {
    Map<String, Integer> inForms = new HashMap<>();
    try (Stream<Path> forms = Files.list(Path.of("processes"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        for (JsonNode field : new ObjectMapper().readTree(form.toFile()).get("components")) {
          String type = field.path("type").asText();
          if ((type.equals("textfield") || type.equals("textarea")) && !field.path("readonly").asBoolean()
              && !TYPED_DATES.contains(field.get("key").asText())) {
            String key = field.get("key").asText();
            assertThat(field.path("validate").path("maxLength").isInt()).as(form + " " + key + " has a maxLength").isTrue();
            Integer previous = inForms.put(key, field.get("validate").get("maxLength").asInt());
            assertThat(previous == null || previous.equals(inForms.get(key))).as(key + " has one limit in every form").isTrue();
          }
        }
      }
    }
    // The embedded form of step 3: its inputs' maxlength attributes.
    Matcher input = Pattern.compile("(?:id|name)=\"(program\\w+)\"[^>]*?maxlength=\"(\\d+)\"")
        .matcher(Files.readString(Path.of("processes/ajukan-program-kerja.html")));
    while (input.find()) {
      if (TYPED_DATES.contains(input.group(1))) {
        continue;
      }
      inForms.put(input.group(1), Integer.parseInt(input.group(2)));
    }

    assertThat(inForms).containsOnlyKeys(TextLimits.LIMITS.keySet());
    inForms.forEach((key, max) -> assertThat(TextLimits.LIMITS.get(key).maxLength()).as(key).isEqualTo(max));
  }

  @Test
  void theLongestLimitsNeedMoreThanTheEnginesTextColumn() {
    assertThat(List.of("needsMap", "needsHearing", "activitySummary", "activityOutcome", "programReportSummary",
        "programEvaluation")).allSatisfy(key ->
        assertThat(TextLimits.LIMITS.get(key).maxLength()).isGreaterThan(LongTextSerializer.TEXT_COLUMN_LENGTH));
  }
}
