package id.go.tangerangkota.puspaga.notification;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Mail text from {@code templates/mail/<name>.txt} and {@code .html} (Thymeleaf), so that wording
 * changes without Java. Values are escaped by Thymeleaf in the HTML part.
 */
@Component
public class MailTemplates {

  public record Rendered(String subject, String text, String html) {}

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  /** The subject is the text template's first line, "Subjek: ..." removed. */
  public Rendered render(String name, Map<String, Object> model) {
    Context context = new Context(java.util.Locale.forLanguageTag("id-ID"), model);
    String plain = text.process(name, context).replace("\r\n", "\n");
    int newline = plain.indexOf('\n');
    String subject = plain.substring(0, newline).replaceFirst("^Subjek:\\s*", "").strip();
    String body = plain.substring(newline + 1).stripLeading();
    return new Rendered(subject, body, html.process(name, context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
