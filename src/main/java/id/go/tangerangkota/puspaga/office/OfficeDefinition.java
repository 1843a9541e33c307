package id.go.tangerangkota.puspaga.office;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code POST /api/offices} sends, as it sends it: checked field by field, every fault named
 * in Indonesian at once, before anything is saved.
 */
public record OfficeDefinition(String id, String name, Letterhead letterhead, String mailSender, String publicPath,
    String numberPattern, List<HolidayEntry> regionalHolidays) {

  /** A regional holiday as sent: the date as text, so that a wrong date is named, not a parse error. */
  public record HolidayEntry(String date, String name) {}

  private static final Pattern AREA_CODE = Pattern.compile("\\d{4}");
  private static final Pattern PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** The public pages' own paths under /permohonan: no office may take them. */
  private static final Set<String> RESERVED_PATHS = Set.of("status", "hak", "persetujuan", "survei", "kantor");
  private static final Pattern NIP = Pattern.compile("\\d{18}");

  /** The faults, empty when the office may be saved. */
  public List<String> faults() {
    List<String> faults = new ArrayList<>();
    if (id == null || !AREA_CODE.matcher(id).matches()) {
      faults.add("id: kode wilayah Kemendagri kabupaten/kota, empat angka tanpa titik (mis. 3671 untuk Kota Tangerang)");
    }
    required(faults, "name", name, 200, "nama kantor, mis. PUSPAGA Kota Tangerang");
    if (letterhead == null) {
      faults.add("letterhead: kop surat (government, agency, unit, address, city, headTitle, headName, headNip) wajib diisi");
    } else {
      required(faults, "letterhead.government", letterhead.government(), 200, "mis. PEMERINTAH KOTA TANGERANG");
      required(faults, "letterhead.agency", letterhead.agency(), 300, "nama dinas");
      required(faults, "letterhead.unit", letterhead.unit(), 200, "mis. PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)");
      required(faults, "letterhead.address", letterhead.address(), 300, "alamat kantor");
      required(faults, "letterhead.city", letterhead.city(), 100, "kota tempat surat ditandatangani");
      required(faults, "letterhead.headTitle", letterhead.headTitle(), 100, "mis. Ketua PUSPAGA");
      if (letterhead.headName() != null && letterhead.headName().length() > 200) {
        faults.add("letterhead.headName: paling banyak 200 karakter");
      }
      if (letterhead.headNip() != null && !letterhead.headNip().isBlank() && !NIP.matcher(letterhead.headNip()).matches()) {
        faults.add("letterhead.headNip: NIP terdiri atas 18 angka tanpa spasi");
      }
    }
    if (mailSender == null || mailSender.isBlank()) {
      faults.add("mailSender: pengirim surel, mis. PUSPAGA Kota Tangerang <noreply@puspaga.tangerangkota.go.id>");
    } else {
      try {
        new InternetAddress(mailSender, true);
      } catch (AddressException e) {
        faults.add("mailSender: bukan alamat surel yang sah (" + mailSender + ")");
      }
    }
    if (publicPath == null || publicPath.length() > 60 || !PATH.matcher(publicPath).matches()) {
      faults.add("publicPath: huruf kecil, angka dan tanda hubung, mis. kota-tangerang (halaman /permohonan/kota-tangerang)");
    } else if (RESERVED_PATHS.contains(publicPath)) {
      faults.add("publicPath: " + publicPath + " dipakai halaman umum (/permohonan/" + publicPath + "); pilih nama daerah");
    }
    String pattern = pattern();
    if (!pattern.contains("{office}") || !pattern.contains("{year}") || !pattern.contains("{seq}") || pattern.length() > 100) {
      faults.add("numberPattern: harus memuat {office}, {year} dan {seq}, mis. " + Office.DEFAULT_NUMBER_PATTERN
          + " (nomor registrasi unik di seluruh platform)");
    }
    Set<LocalDate> seen = new HashSet<>();
    for (HolidayEntry holiday : regionalHolidays == null ? List.<HolidayEntry>of() : regionalHolidays) {
      LocalDate date;
      try {
        date = LocalDate.parse(holiday.date());
      } catch (RuntimeException e) {
        faults.add("regionalHolidays: tanggal \"" + holiday.date() + "\" tidak dikenali; tulis TTTT-BB-HH, mis. 2026-02-05");
        continue;
      }
      if (holiday.name() == null || holiday.name().isBlank()) {
        faults.add("regionalHolidays: libur " + date + " tanpa nama (mis. Hari Pekabaran Injil)");
      }
      if (!seen.add(date)) {
        faults.add("regionalHolidays: tanggal " + date + " disebut lebih dari sekali");
      }
    }
    return faults;
  }

  private String pattern() {
    return numberPattern == null || numberPattern.isBlank() ? Office.DEFAULT_NUMBER_PATTERN : numberPattern.strip();
  }

  /** The office to save; only after {@link #faults()} found none. */
  public Office office() {
    List<RegionalHoliday> holidays = regionalHolidays == null ? List.of() : regionalHolidays.stream()
        .map(h -> new RegionalHoliday(LocalDate.parse(h.date()), h.name().strip())).toList();
    Letterhead head = new Letterhead(letterhead.government().strip(), letterhead.agency().strip(), letterhead.unit().strip(),
        letterhead.address().strip(), letterhead.city().strip(), letterhead.headTitle().strip(),
        letterhead.headName() == null ? "" : letterhead.headName().strip(),
        letterhead.headNip() == null ? "" : letterhead.headNip().strip());
    return new Office(id, name.strip(), head, mailSender.strip(), publicPath, pattern(), holidays);
  }

  private static void required(List<String> faults, String field, String value, int max, String example) {
    if (value == null || value.isBlank()) {
      faults.add(field + ": wajib diisi (" + example + ")");
    } else if (value.length() > max) {
      faults.add(field + ": paling banyak " + max + " karakter");
    }
  }
}
