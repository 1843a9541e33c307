package id.go.tangerangkota.puspaga.report;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office details printed on every document and the numbering patterns, from configuration
 * ({@code puspaga.documents.*}), so that an office changes them without touching Java.
 */
@ConfigurationProperties("puspaga.documents")
public record DocumentProperties(
    @DefaultValue Office office,
    @DefaultValue("{seq}/{code}/PUSPAGA/{romanMonth}/{year}") String numberPattern,
    @DefaultValue Map<DocumentType, String> numberPatterns) {

  public record Office(
      @DefaultValue("PEMERINTAH KOTA TANGERANG") String government,
      @DefaultValue("DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA") String agency,
      @DefaultValue("PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)") String unit,
      @DefaultValue("Jl. Satria Sudirman No. 1, Kota Tangerang, Banten") String address,
      @DefaultValue("Kota Tangerang") String city,
      @DefaultValue("Ketua PUSPAGA") String headTitle,
      @DefaultValue("") String headName,
      @DefaultValue("") String headNip) {}

  public String patternFor(DocumentType type) {
    return numberPatterns.getOrDefault(type, numberPattern);
  }
}
