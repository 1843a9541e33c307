package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.notification.MailTemplates;
import id.go.tangerangkota.puspaga.report.DocumentProperties;
import id.go.tangerangkota.puspaga.system.ClasspathTemplates;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The public pages ({@code templates/public/*.html}, Thymeleaf: every value escaped) and the receipt
 * mail; also the error page a browser gets (permohonan.IndonesianErrorPages).
 */
@Component
public class PublicPages {

  private final TemplateEngine engine = ClasspathTemplates.engine("templates/public/", ".html", TemplateMode.HTML);
  private final MailTemplates mails;
  private final DocumentProperties documents;

  PublicPages(MailTemplates mails, DocumentProperties documents) {
    this.mails = mails;
    this.documents = documents;
  }

  public String render(String page, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("office", documents.office());
    return engine.process(page, new Context(Locale.forLanguageTag("id-ID"), all));
  }

  MailTemplates.Rendered receiptMail(String number, String code, String name, String statusPageUrl) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", documents.office());
    model.put("number", number);
    model.put("code", code);
    model.put("name", name);
    model.put("statusPage", statusPageUrl);
    return mails.render("permohonan-diterima", model);
  }
}
