package id.go.tangerangkota.puspaga.nasional;

import id.go.tangerangkota.puspaga.office.Letterhead;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The heading of the national report ({@code puspaga.nasional.*}): the ministry's, unless an
 * installation configures another (a province running its own platform).
 */
@ConfigurationProperties("puspaga.nasional")
public record NationalProperties(
    @DefaultValue("KEMENTERIAN PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK") String government,
    @DefaultValue("REPUBLIK INDONESIA") String agency,
    @DefaultValue("PEMANTAUAN PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)") String unit,
    @DefaultValue("Jl. Medan Merdeka Barat No. 15, Jakarta Pusat 10110") String address,
    @DefaultValue("Jakarta") String city) {

  /** As the document templates read a heading. */
  public Letterhead letterhead() {
    return new Letterhead(government, agency, unit, address, city, "", "", "");
  }
}
