package id.go.tangerangkota.puspaga.notification;

import id.go.tangerangkota.puspaga.system.ClasspathTemplates;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Mail text from {@code templates/mail/<name>.txt} and {@code .html} (Thymeleaf), so that wording
 * changes without Java. Values are escaped by Thymeleaf in the HTML part.
 */
@Component
public class MailTemplates {

  public record Rendered(String subject, String text, String html) {}

  private final TemplateEngine text = ClasspathTemplates.engine("templates/mail/", ".txt", TemplateMode.TEXT);
  private final TemplateEngine html = ClasspathTemplates.engine("templates/mail/", ".html", TemplateMode.HTML);

  /** The subject is the text template's first line, "Subjek: ..." removed. */
  public Rendered render(String name, Map<String, Object> model) {
    Context context = new Context(java.util.Locale.forLanguageTag("id-ID"), model);
    String plain = text.process(name, context).replace("\r\n", "\n");
    int newline = plain.indexOf('\n');
    String subject = plain.substring(0, newline).replaceFirst("^Subjek:\\s*", "").strip();
    String body = plain.substring(newline + 1).stripLeading();
    return new Rendered(subject, body, html.process(name, context));
  }
}
