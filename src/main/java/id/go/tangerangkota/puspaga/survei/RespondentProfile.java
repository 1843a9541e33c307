package id.go.tangerangkota.puspaga.survei;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The respondent's profile as the regulation's questionnaire asks it (age, sex, education, work),
 * every question optional. Age is asked in bands rather than years: the tables report bands, and
 * a band says less about a person in a small office.
 */
public enum RespondentProfile {

  AGE("ageGroup", "Umur", options("SAMPAI_25", "25 tahun atau kurang", "26_35", "26–35 tahun", "36_45", "36–45 tahun",
      "46_55", "46–55 tahun", "56_LEBIH", "56 tahun atau lebih")),
  SEX("sex", "Jenis kelamin", options("L", "Laki-laki", "P", "Perempuan")),
  EDUCATION("education", "Pendidikan terakhir", options("SD", "SD atau di bawahnya", "SMP", "SMP", "SMA", "SMA/SMK",
      "DIPLOMA", "D1/D2/D3/D4", "S1", "S1", "S2", "S2", "S3", "S3")),
  OCCUPATION("occupation", "Pekerjaan utama", options("PNS", "PNS/PPPK", "TNI", "TNI", "POLRI", "POLRI", "SWASTA",
      "Pegawai swasta", "WIRAUSAHA", "Wirausaha", "LAINNYA", "Lainnya (ibu rumah tangga, pelajar, dan lain-lain)"));

  private final String field;
  private final String label;
  private final Map<String, String> options;

  RespondentProfile(String field, String label, Map<String, String> options) {
    this.field = field;
    this.label = label;
    this.options = options;
  }

  /** The form field and the answer table's column purpose. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** Stored value to the label shown, in the questionnaire's order. */
  public Map<String, String> options() {
    return options;
  }

  public String labelOf(String value) {
    return value == null ? "Tidak diisi" : options.getOrDefault(value, value);
  }

  private static Map<String, String> options(String... pairs) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      options.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(options);
  }
}
