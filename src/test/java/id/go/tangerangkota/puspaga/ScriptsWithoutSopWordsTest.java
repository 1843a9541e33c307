package id.go.tangerangkota.puspaga;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.compliance.ComplianceReport;
import id.go.tangerangkota.puspaga.report.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SOP's words are defined once on the server (the model's step names, DocumentType's titles,
 * the compliance status words, the calendar's month names) and served to the pages and plugins:
 * no script of ours carries a copy that could drift from them. Comments may name them.
 */
class ScriptsWithoutSopWordsTest {

  private static final Pattern TASK_NAME = Pattern.compile("<bpmn:userTask id=\"[^\"]+\" name=\"([^\"]+)\"");
  private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>(.*?)</script>", Pattern.DOTALL);

  @Test
  void noScriptNamesAMonthADocumentAStepOrAStatus() throws IOException {
    List<String> words = sopWords();
    assertThat(words).contains("Desember", "Surat Tugas", "Petakan kebutuhan masyarakat", "sesuai batas");

    List<String> found = new ArrayList<>();
    for (Path script : scripts()) {
      String code = withoutComments(script);
      for (String word : words) {
        if (code.contains(word)) {
          found.add(script + ": \"" + word + "\"");
        }
      }
    }
    assertThat(found).as("SOP words copied into scripts; serve them from the server instead").isEmpty();
  }

  static List<String> sopWords() throws IOException {
    List<String> words = new ArrayList<>();
    Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("id-ID")))
        .forEach(words::add);
    Arrays.stream(DocumentType.values()).map(DocumentType::title).forEach(words::add);
    Arrays.stream(ComplianceReport.Status.values()).map(ComplianceReport.Status::text).forEach(words::add);
    Matcher task = TASK_NAME.matcher(Files.readString(Path.of("processes", "puspaga-layanan-informasi.bpmn")));
    while (task.find()) {
      words.add(task.group(1));
    }
    return words;
  }

  /** Our JavaScript: the files, and the script of the embedded forms in processes/. */
  private static List<Path> scripts() throws IOException {
    try (Stream<Path> main = Files.walk(Path.of("src", "main", "resources")); Stream<Path> forms = Files.walk(Path.of("processes"))) {
      return Stream.concat(main, forms)
          .filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html") && file.startsWith("processes"))
          .toList();
    }
  }

  private static String withoutComments(Path script) throws IOException {
    String text = Files.readString(script);
    if (script.toString().endsWith(".html")) {
      StringBuilder code = new StringBuilder();
      Matcher block = SCRIPT.matcher(text);
      while (block.find()) {
        code.append(block.group(1)).append('\n');
      }
      text = code.toString();
    }
    return text.lines()
        .filter(line -> !line.strip().startsWith("//") && !line.strip().startsWith("*") && !line.strip().startsWith("/*"))
        .reduce("", (all, line) -> all + line + "\n");
  }
}
