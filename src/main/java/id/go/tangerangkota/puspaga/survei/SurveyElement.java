package id.go.tangerangkota.puspaga.survei;

import java.util.List;

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, in the order and with the questions
 * and answer wording of the questionnaire in the annex of PermenPANRB No. 14 Tahun 2017; each
 * answer scores 1 (the first wording) to 4 (the last). The cost element is asked even though
 * PUSPAGA's service is free: the regulation prescribes it, and a free service is answered "Gratis".
 */
public enum SurveyElement {

  PERSYARATAN("Persyaratan",
      "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  PROSEDUR("Sistem, mekanisme, dan prosedur",
      "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
      "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
  WAKTU("Waktu penyelesaian",
      "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
  BIAYA("Biaya/tarif",
      "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      "Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
  PRODUK("Produk spesifikasi jenis pelayanan",
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan"
          + " dengan hasil yang diberikan?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  KOMPETENSI("Kompetensi pelaksana",
      "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
  PERILAKU("Perilaku pelaksana",
      "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
      "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
  PENGADUAN("Penanganan pengaduan, saran dan masukan",
      "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
      "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
  SARANA("Sarana dan prasarana",
      "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
      "Buruk", "Cukup", "Baik", "Sangat baik");

  private final String label;
  private final String question;
  private final List<String> answers;

  SurveyElement(String label, String question, String... answers) {
    this.label = label;
    this.question = question;
    this.answers = List.of(answers);
  }

  /** "U1" to "U9", as the regulation's tables head the elements. */
  public String code() {
    return "U" + (ordinal() + 1);
  }

  public String label() {
    return label;
  }

  public String question() {
    return question;
  }

  /** The four answers, scoring 1 to 4 in this order. */
  public List<String> answers() {
    return answers;
  }
}
