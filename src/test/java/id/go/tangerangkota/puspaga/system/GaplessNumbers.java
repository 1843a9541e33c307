package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Document numbers as the office reads them ("007/DISP/PUSPAGA-3671/XI/2026"): per office, type and year exactly 1..n. */
public final class GaplessNumbers {

  private static final Pattern NUMBER = Pattern.compile("(\\d{3,})/([A-Z]+)/PUSPAGA-(\\d{4})/[IVX]+/(\\d{4})");

  private GaplessNumbers() {}

  /** Every number in the `documents` lists of every request of the database, as history has them. */
  public static List<String> allListed(RestClient administrator) throws Exception {
    List<String> numbers = new ArrayList<>();
    JsonNode variables = administrator.get("/engine-rest/history/variable-instance"
        + "?variableName=documents&deserializeValues=false&maxResults=10000").json();
    for (JsonNode variable : variables) {
      for (JsonNode document : new ObjectMapper().readTree(variable.get("value").asText())) {
        numbers.add(document.get("number").asText());
      }
    }
    return numbers;
  }

  /** Fails unless the sequence numbers of each type and year are 1, 2, ..., n: no gap, no duplicate. */
  public static void assertGapless(List<String> numbers) {
    Map<String, List<Integer>> byTypeAndYear = new TreeMap<>();
    for (String number : numbers) {
      Matcher parts = NUMBER.matcher(number);
      assertThat(parts.matches()).as("a document number: " + number).isTrue();
      byTypeAndYear.computeIfAbsent(parts.group(3) + " " + parts.group(2) + " " + parts.group(4), key -> new ArrayList<>())
          .add(Integer.parseInt(parts.group(1)));
    }
    byTypeAndYear.forEach((typeAndYear, sequences) -> assertThat(sequences.stream().sorted().toList())
        .as("numbers of " + typeAndYear)
        .isEqualTo(IntStream.rangeClosed(1, sequences.size()).boxed().collect(Collectors.toList())));
  }
}
