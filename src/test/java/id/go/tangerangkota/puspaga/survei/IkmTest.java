package id.go.tangerangkota.puspaga.survei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The IKM oracle: the regulation's method checked against numbers worked out by hand, at every
 * category boundary, and the sample a period needs.
 */
class IkmTest {

  @Test
  void aPerfectSurveyIsExactlyOneHundredNotTheSpreadsheetsNinetyNinePointNine() {
    Ikm perfect = Ikm.of(List.of(scores(4, 4, 4, 4, 4, 4, 4, 4, 4), scores(4, 4, 4, 4, 4, 4, 4, 4, 4)));
    assertThat(perfect.index()).isEqualByComparingTo("100.00");
    assertThat(perfect.indexText()).isEqualTo("100,00");
    assertThat(perfect.category()).isEqualTo(Ikm.Category.A);
    assertThat(perfect.category().label()).isEqualTo("Sangat Baik");
    // The rounded weight many spreadsheets use: 9 × 4 × 0.111 × 25 = 99.90.
    assertThat(new BigDecimal("4").multiply(new BigDecimal("0.111")).multiply(BigDecimal.valueOf(9 * 25)))
        .isEqualByComparingTo("99.900");
  }

  @Test
  void eachElementsNrrIsItsAverageScore() {
    Ikm ikm = Ikm.of(List.of(
        scores(4, 3, 2, 4, 3, 3, 4, 1, 2),
        scores(3, 3, 3, 4, 3, 4, 4, 2, 2),
        scores(3, 2, 3, 4, 4, 4, 3, 2, 3),
        scores(2, 4, 2, 4, 2, 3, 4, 3, 3)));
    assertThat(ikm.answers()).isEqualTo(4);
    assertThat(ikm.nrrShown(SurveyElement.PERSYARATAN)).isEqualByComparingTo("3.000");
    assertThat(ikm.nrrShown(SurveyElement.PROSEDUR)).isEqualByComparingTo("3.000");
    assertThat(ikm.nrrShown(SurveyElement.WAKTU)).isEqualByComparingTo("2.500");
    assertThat(ikm.nrrShown(SurveyElement.BIAYA)).isEqualByComparingTo("4.000");
    assertThat(ikm.nrrShown(SurveyElement.PRODUK)).isEqualByComparingTo("3.000");
    assertThat(ikm.nrrShown(SurveyElement.KOMPETENSI)).isEqualByComparingTo("3.500");
    assertThat(ikm.nrrShown(SurveyElement.PERILAKU)).isEqualByComparingTo("3.750");
    assertThat(ikm.nrrShown(SurveyElement.PENGADUAN)).isEqualByComparingTo("2.000");
    assertThat(ikm.nrrShown(SurveyElement.SARANA)).isEqualByComparingTo("2.500");
    // (3 + 3 + 2.5 + 4 + 3 + 3.5 + 3.75 + 2 + 2.5) / 9 × 25 = 27.25 / 9 × 25 = 75.694...
    assertThat(ikm.index()).isEqualByComparingTo("75.69");
    assertThat(ikm.indexText()).isEqualTo("75,69");
    assertThat(ikm.category()).isEqualTo(Ikm.Category.C);
  }

  /** n answers whose 9n scores total T: index 25·T / (9n), worked out beside each row. */
  @ParameterizedTest(name = "{0} answers totalling {1}: {2} ({3})")
  @CsvSource({
      "24, 763, 88.31, A",   // 88.3101...
      "19, 604, 88.30, B",   // 88.3040...
      "19, 524, 76.61, B",   // 76.6081...
      "26, 717, 76.60, C",   // 76.6025...
      "5,  117, 65.00, C",   // 65 exactly
      "38, 889, 64.99, D",   // 64.9853...
      "3,   27, 25.00, D"})  // every answer the lowest
  void theCategoryChangesExactlyAtTheRegulationsBoundaries(int answers, int total, String index, Ikm.Category category) {
    Ikm ikm = Ikm.of(answersTotalling(answers, total));
    assertThat(ikm.index()).isEqualByComparingTo(index);
    assertThat(ikm.category()).isEqualTo(category);
  }

  @ParameterizedTest(name = "N = {0}: {1}")
  @CsvSource({"50, 44", "100, 80", "200, 132", "1000, 278", "1, 1", "0, 0"})
  void theRequiredSampleIsKrejcieAndMorgans(int population, int sample) {
    assertThat(Ikm.requiredSample(population)).isEqualTo(sample);
  }

  @Test
  void refusesAnswersTheQuestionnaireCannotGive() {
    assertThatThrownBy(() -> Ikm.of(List.of())).hasMessageContaining("No answers");
    assertThatThrownBy(() -> Ikm.of(List.of(scores(4, 4, 4)))).hasMessageContaining("3 scores, not 9");
    assertThatThrownBy(() -> Ikm.of(List.of(scores(4, 4, 4, 5, 4, 4, 4, 4, 4)))).hasMessageContaining("U4");
  }

  @Test
  void theQuestionnaireHasTheRegulationsNineElementsEachWithFourAnswers() {
    assertThat(SurveyElement.values()).extracting(SurveyElement::code)
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    assertThat(SurveyElement.values()).allSatisfy(element -> assertThat(element.answers()).hasSize(4));
    assertThat(SurveyElement.BIAYA.answers().get(3)).as("a free service").isEqualTo("Gratis");
  }

  private static int[] scores(int... scores) {
    return scores;
  }

  /** n answers of nine scores each, scores 1 to 4, totalling exactly {@code total}. */
  private static List<int[]> answersTotalling(int n, int total) {
    int[] cells = new int[9 * n];
    Arrays.fill(cells, 1);
    int extra = total - cells.length;
    for (int i = 0; i < cells.length && extra > 0; i++) {
      int add = Math.min(3, extra);
      cells[i] += add;
      extra -= add;
    }
    assertThat(extra).as("a total the scores can reach").isZero();
    List<int[]> sets = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      sets.add(Arrays.copyOfRange(cells, 9 * a, 9 * a + 9));
    }
    return sets;
  }
}
