package id.go.tangerangkota.puspaga.panduan;

import java.util.List;
import java.util.Optional;

/**
 * The buku panduan: one guide per person in the office (docs/panduan/, a Markdown file each), and
 * which guide opens first for whom, by the groups the person is in.
 */
final class Guides {

  /** A guide: its file name without {@code .md}, its title, and the groups whose members it is for. */
  record Guide(String name, String title, List<String> groups) {}

  static final List<Guide> ALL = List.of(
      new Guide("admin", "Panduan Admin", List.of("administrasi")),
      new Guide("konselor", "Panduan Psikolog/Konselor", List.of("konselor")),
      new Guide("ketua", "Panduan Ketua PUSPAGA", List.of("ketua")),
      new Guide("analis", "Panduan Analis", List.of("analis")),
      new Guide("administrator", "Panduan Administrator sistem", List.of("camunda-admin", "platform")));

  /** Where the built guides are in the jar ({@code <name>.html}, and the index {@code README.html}). */
  static final String BUILT = "panduan/";
  static final String INDEX = "README";

  private Guides() {}

  static Optional<Guide> named(String name) {
    return ALL.stream().filter(guide -> guide.name().equals(name)).findFirst();
  }

  /** The first guide for a person in these groups (lanes before the rest), if any. */
  static Optional<Guide> forGroups(List<String> groups) {
    return ALL.stream().filter(guide -> guide.groups().stream().anyMatch(groups::contains)).findFirst();
  }
}
