package id.go.tangerangkota.puspaga.system;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code POST /api/offices} for an office of the tests, its letterhead made from its city. */
public final class TestOffices {

  private TestOffices() {}

  /** E.g. ("9171", "PUSPAGA Kota Jayapura", "kota-jayapura", "Kota Jayapura"): heading "PEMERINTAH KOTA JAYAPURA". */
  public static Map<String, Object> onboarding(String id, String name, String path, String city) {
    Map<String, Object> letterhead = new LinkedHashMap<>();
    letterhead.put("government", "PEMERINTAH " + city.toUpperCase(java.util.Locale.ROOT));
    letterhead.put("agency", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK");
    letterhead.put("unit", "PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)");
    letterhead.put("address", "Jl. Balai Kota No. 1, " + city.replaceFirst("^(Kota|Kabupaten) ", ""));
    letterhead.put("city", city);
    letterhead.put("headTitle", "Ketua PUSPAGA");
    letterhead.put("headName", "Maria Ketua");
    letterhead.put("headNip", "198001012005012001");
    Map<String, Object> office = new LinkedHashMap<>();
    office.put("id", id);
    office.put("name", name);
    office.put("letterhead", letterhead);
    office.put("mailSender", name + " <noreply@puspaga.example>");
    office.put("publicPath", path);
    return office;
  }
}
