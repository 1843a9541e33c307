package id.go.tangerangkota.puspaga.panduan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The buku panduan cannot drift from the application: every button, tab, menu and field a guide
 * names in bold is a text of the webapps' translations (id.json), a form, the model's task names,
 * our pages or our webapp plugins, and every picture and guide it points to exists. A guide writes
 * in bold only such labels (what the person sees and clicks); other emphasis is in italics.
 */
class GuideDriftTest {

  private static final Path GUIDES = Path.of("docs", "panduan");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*", Pattern.DOTALL);
  static final Pattern PICTURE = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)");
  private static final Pattern LINK = Pattern.compile("(?<!!)\\[[^]]*]\\(([^)#]+\\.md)(#[^)]*)?\\)");
  private static final Pattern JS_STRING = Pattern.compile("'([^'\\n]+)'|\"([^\"\\n]+)\"");
  private static final Pattern XML_TEXT = Pattern.compile(">([^<>]+)<");
  private static final Pattern XML_NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

  @Test
  void everyLabelAGuideNamesIsOneTheApplicationShows() throws IOException {
    Set<String> shown = shownTexts();
    List<String> missing = new ArrayList<>();
    for (Path guide : guides()) {
      Matcher bold = BOLD.matcher(Files.readString(guide));
      while (bold.find()) {
        String label = normalized(bold.group(1));
        if (!shown.contains(label)) {
          missing.add(guide.getFileName() + ": \"" + label + "\"");
        }
      }
    }
    assertThat(missing).as("labels in the guides that no id.json, form, model, page or plugin shows").isEmpty();
  }

  @Test
  void everyPictureAndGuideAGuidePointsToExists() throws IOException {
    List<String> missing = new ArrayList<>();
    List<String> withoutPictures = new ArrayList<>();
    for (Path guide : guides()) {
      String text = Files.readString(guide);
      Matcher picture = PICTURE.matcher(text);
      int pictures = 0;
      while (picture.find()) {
        pictures++;
        if (!Files.isRegularFile(GUIDES.resolve(picture.group(1)))) {
          missing.add(guide.getFileName() + ": " + picture.group(1));
        }
      }
      if (pictures == 0 && !guide.getFileName().toString().equals("README.md")) {
        withoutPictures.add(guide.getFileName().toString());
      }
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        if (!Files.isRegularFile(GUIDES.resolve(link.group(1)))) {
          missing.add(guide.getFileName() + ": " + link.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(withoutPictures).as("a person's guide without a picture of the screens it describes").isEmpty();
  }

  @Test
  void thereIsAGuideForEveryPersonAndEachAnswersTheCommonProblems() throws IOException {
    for (Guides.Guide guide : Guides.ALL) {
      Path file = GUIDES.resolve(guide.name() + ".md");
      assertThat(file).exists();
      String text = Files.readString(file);
      assertThat(text).startsWith("# " + guide.title() + "\n").contains("\n## Masalah yang sering terjadi\n");
    }
  }

  private static List<Path> guides() throws IOException {
    try (Stream<Path> files = Files.list(GUIDES)) {
      return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** What a person can read on a screen of the application, each text normalized as the labels are. */
  static Set<String> shownTexts() throws IOException {
    Set<String> texts = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    Path webapps = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
    for (Path file : files(webapps, "id.json")) {
      values(json.readTree(file.toFile()), texts);
    }
    for (Path form : files(Path.of("processes"), ".form")) {
      values(json.readTree(form.toFile()), texts);
    }
    for (Path model : files(Path.of("processes"), ".bpmn")) {
      add(XML_NAME.matcher(Files.readString(model)), texts);
    }
    List<Path> pages = new ArrayList<>(files(Path.of("processes"), ".html"));
    pages.addAll(files(Path.of("src/main/resources/static"), ".html"));
    pages.addAll(files(Path.of("src/main/resources/templates/public"), ".html"));
    pages.addAll(files(Path.of("src/main/resources/templates/panduan"), ".html"));
    for (Path page : pages) {
      add(XML_TEXT.matcher(Files.readString(page)), texts);
    }
    List<Path> scripts = new ArrayList<>(files(webapps, ".js"));
    scripts.addAll(files(Path.of("src/main/resources/static"), ".js"));
    // The Tasklist filters the application creates for each lane ("Tugas Admin", "Tugas saya").
    scripts.add(Path.of("src/main/java/id/go/tangerangkota/puspaga/identity/LaneSetup.java"));
    for (Path script : scripts) {
      add(JS_STRING.matcher(Files.readString(script)), texts);
    }
    return texts;
  }

  private static void values(JsonNode node, Set<String> texts) {
    if (node.isTextual()) {
      texts.add(normalized(node.asText()));
    }
    node.forEach(child -> values(child, texts));
  }

  private static void add(Matcher matches, Set<String> texts) {
    while (matches.find()) {
      for (int group = 1; group <= matches.groupCount(); group++) {
        if (matches.group(group) != null) {
          texts.add(normalized(matches.group(group)));
        }
      }
    }
  }

  /** A label as a person reads it: spaces collapsed, without a required-field star, colon or leading "+". */
  static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip().replaceFirst("^\\+ ", "").replaceFirst("\\s*\\*?\\s*:?\\s*\\*?$", "")
        .strip();
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
