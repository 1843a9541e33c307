package id.go.tangerangkota.puspaga.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import id.go.tangerangkota.puspaga.system.ClasspathTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * HTML+CSS templates (templates/documents/*.html, Thymeleaf, XHTML) rendered to PDF by
 * openhtmltopdf. The template engine caches parsed templates, so each is read once; the PDF's
 * standard fonts need no loading. Thymeleaf escapes everything a user typed.
 */
@Component
public class PdfRenderer {

  private final TemplateEngine templates;

  public PdfRenderer() {
    templates = ClasspathTemplates.engine("templates/documents/", ".html", TemplateMode.XML);
  }

  public byte[] render(String template, Map<String, Object> model) {
    return render(template, model, null);
  }

  /** As {@link #render(String, Map)}, with pictures and other relative addresses read from {@code base}. */
  public byte[] render(String template, Map<String, Object> model, String base) {
    String xhtml = templates.process(template, new Context(java.util.Locale.forLanguageTag("id-ID"), model));
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, base);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot render " + template + ": " + e.getMessage(), e);
    }
  }
}
