package id.go.tangerangkota.puspaga.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PrivacyPropertiesTest {

  @ParameterizedTest
  @CsvSource({
      "P5Y, 5 (lima) tahun",
      "P10Y, 10 (sepuluh) tahun",
      "P11Y, 11 (sebelas) tahun",
      "P18M, 1 (satu) tahun 6 (enam) bulan",
      "P25Y, 25 (dua puluh lima) tahun",
      "P90D, 90 (sembilan puluh) hari",
      "P115Y, 115 (seratus lima belas) tahun"})
  void saysAPeriodAsALegalTextDoes(String period, String words) {
    assertThat(PrivacyProperties.words(Period.parse(period))).isEqualTo(words);
  }

  @Test
  void refusesAnArchivePeriodShorterThanTheRequestsAndAnEmptyPeriod() {
    assertThatThrownBy(() -> new PrivacyProperties(Period.ofYears(5), Period.ofYears(2), Period.ofDays(30), 50))
        .hasMessageContaining("archive-retention (P2Y) is shorter than request-retention (P5Y)");
    assertThatThrownBy(() -> new PrivacyProperties(Period.ZERO, Period.ofYears(10), Period.ofDays(30), 50))
        .hasMessageContaining("request-retention must be a positive");
  }
}
