package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.input.TextLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What the public fills in at /permohonan, checked field by field with a message per field in Indonesian. */
record PublicRequestForm(String requesterName, String requesterPhone, String requesterEmail,
    String requesterInstitution, String requesterAddress, String topic, String requestBackground, boolean consent) {

  static final Set<String> TOPICS = Set.of("PENGASUHAN", "HAK_ANAK");
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,20}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Field name → what to fix; empty when the form may be submitted. */
  Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blank(requesterName)) {
      problems.put("requesterName", "Isi nama Anda.");
    }
    if (blank(requesterPhone) || !PHONE.matcher(requesterPhone.strip()).matches()) {
      problems.put("requesterPhone", "Isi nomor telepon/WhatsApp: angka, spasi, +, - atau tanda kurung, 6 sampai 20 karakter.");
    }
    if (!blank(requesterEmail) && !EMAIL.matcher(requesterEmail.strip()).matches()) {
      problems.put("requesterEmail", "Alamat surel tidak valid, contoh: nama@contoh.id. Boleh dikosongkan.");
    }
    if (blank(topic) || !TOPICS.contains(topic)) {
      problems.put("topic", "Pilih salah satu topik.");
    }
    if (blank(requestBackground)) {
      problems.put("requestBackground", "Ceritakan latar belakang kebutuhan Anda.");
    }
    for (Map.Entry<String, String> field : values().entrySet()) {
      var limit = TextLimits.LIMITS.get(field.getKey());
      if (field.getValue() != null && limit != null && field.getValue().length() > limit.maxLength()) {
        problems.put(field.getKey(), String.format(new java.util.Locale("id", "ID"),
            "%s paling banyak %,d karakter, sedangkan isian Anda %,d karakter. Ringkas isiannya.",
            limit.label(), limit.maxLength(), field.getValue().length()));
      }
    }
    if (!consent) {
      problems.put("consent", "Centang persetujuan pemrosesan data pribadi agar permohonan dapat dikirim.");
    }
    return problems;
  }

  /** The text fields as typed (trimmed), by their process variable names; empty ones left out. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "requesterName", requesterName);
    put(values, "requesterPhone", requesterPhone);
    put(values, "requesterEmail", requesterEmail);
    put(values, "requesterInstitution", requesterInstitution);
    put(values, "requesterAddress", requesterAddress);
    put(values, "topic", topic);
    put(values, "requestBackground", requestBackground);
    return values;
  }

  private static void put(Map<String, String> values, String name, String value) {
    if (!blank(value)) {
      values.put(name, value.strip());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
