package id.go.tangerangkota.puspaga.panduan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the buku panduan at build time (Maven's process-classes phase): each
 * {@code docs/panduan/*.md} to an XHTML fragment in the jar ({@code panduan/<name>.html}), links
 * between guides made links between pages, and the pictures ({@code docs/panduan/gambar/}) copied
 * beside them. The same Markdown is what GitHub shows; the application serves and prints these.
 */
public final class GuideBuild {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private GuideBuild() {}

  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Path pages = Files.createDirectories(output.resolve(Guides.BUILT));
    try (Stream<Path> files = Files.list(source)) {
      for (Path markdown : files.filter(file -> file.toString().endsWith(".md")).sorted().toList()) {
        String name = markdown.getFileName().toString().replaceFirst("\\.md$", "");
        Files.writeString(pages.resolve(name + ".html"), render(Files.readString(markdown, StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
      }
    }
    Path pictures = source.resolve("gambar");
    if (Files.isDirectory(pictures)) {
      Path target = Files.createDirectories(pages.resolve("gambar"));
      try (Stream<Path> files = Files.list(pictures)) {
        for (Path picture : files.filter(file -> file.toString().endsWith(".png")).toList()) {
          Files.copy(picture, target.resolve(picture.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** One guide's Markdown as an XHTML fragment (well-formed, so the PDF renderer reads it too). */
  static String render(String markdown) {
    Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    document.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(Link link) {
        // admin.md#klaim -> admin#klaim: the application's address of the same guide.
        link.setDestination(link.getDestination().replaceFirst("^([a-z-]+)\\.md(#.*)?$", "$1$2"));
        visitChildren(link);
      }
    });
    return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build().render(document);
  }
}
