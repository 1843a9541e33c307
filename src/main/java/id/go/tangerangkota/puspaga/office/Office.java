package id.go.tangerangkota.puspaga.office;

import java.util.List;

/**
 * A PUSPAGA office on the platform, and the engine tenant of its requests: its id is the
 * Kemendagri area code ({@code 3671} Kota Tangerang). {@code numberPattern} makes its registration
 * numbers ({@code {office}}, {@code {year}}, {@code {seq}}: four digits); {@code publicPath} is
 * where its public pages live ({@code /permohonan/{publicPath}}).
 */
public record Office(String id, String name, Letterhead letterhead, String mailSender, String publicPath,
    String numberPattern, List<RegionalHoliday> holidays) {

  public static final String DEFAULT_NUMBER_PATTERN = "LI-{office}-{year}-{seq}";

  public Office {
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }

  /** The registration number of the {@code sequence}-th request of {@code year}. */
  public String registrationNumber(int year, long sequence) {
    return numberPattern.replace("{office}", id).replace("{year}", Integer.toString(year))
        .replace("{seq}", String.format("%04d", sequence));
  }
}
