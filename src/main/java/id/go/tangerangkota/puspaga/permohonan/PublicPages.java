package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.layanan.SopStepLimits;
import id.go.tangerangkota.puspaga.notification.MailTemplates;
import id.go.tangerangkota.puspaga.privacy.PrivacyProperties;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
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
  private final OfficeRegistry offices;

  private final SopStepLimits limits;
  private final PrivacyProperties privacy;

  PublicPages(MailTemplates mails, OfficeRegistry offices, SopStepLimits limits, PrivacyProperties privacy) {
    this.mails = mails;
    this.offices = offices;
    this.limits = limits;
    this.privacy = privacy;
  }

  /**
   * How soon the Admin registers a request: step 1's limit in the model the page's office runs
   * (none before a model is deployed).
   */
  private String registrationLimit(Object office) {
    return limits.limitText(1, office instanceof String id ? id : null).orElse(null);
  }

  public String render(String page, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.putIfAbsent("office", offices.defaultOffice().letterhead());
    // Where the office's public pages are: /permohonan for the default office, /permohonan/{path} for each.
    all.putIfAbsent("base", "/permohonan");
    all.put("registrationLimit", registrationLimit(model.get("officeId")));
    all.put("requestRetention", PrivacyProperties.words(privacy.requestRetention()));
    all.put("archiveRetention", PrivacyProperties.words(privacy.archiveRetention()));
    return engine.process(page, new Context(Locale.forLanguageTag("id-ID"), all));
  }

  MailTemplates.Rendered receiptMail(Office office, String number, String code, String name, String statusPageUrl) {
    Map<String, Object> model = new HashMap<>();
    model.put("office", office.letterhead());
    model.put("number", number);
    model.put("code", code);
    model.put("name", name);
    model.put("statusPage", statusPageUrl);
    model.put("registrationLimit", registrationLimit(office.id()));
    return mails.render("permohonan-diterima", model);
  }
}
