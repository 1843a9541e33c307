package id.go.tangerangkota.puspaga.report;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The document numbering patterns, from configuration ({@code puspaga.documents.*}), the same for
 * every office ({@code {office}} prints its id); each office's letterhead is in its register
 * (office.OfficeRegistry), which {@code puspaga.documents.office} seeds at the first start.
 */
@ConfigurationProperties("puspaga.documents")
public record DocumentProperties(
    @DefaultValue("{seq}/{code}/PUSPAGA-{office}/{romanMonth}/{year}") String numberPattern,
    @DefaultValue Map<DocumentType, String> numberPatterns) {

  public String patternFor(DocumentType type) {
    return numberPatterns.getOrDefault(type, numberPattern);
  }
}
