package id.go.tangerangkota.puspaga.survei;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Indeks Kepuasan Masyarakat as PermenPANRB No. 14 Tahun 2017 computes it: per element the
 * average score (NRR), the index unit as the sum of the NRRs each weighted exactly 1/9, converted
 * by ×25 to 25..100, shown with two decimals, and its quality category. The weight is kept exact
 * (not the 0.111 of many spreadsheets, with which a perfect survey gives 99.90 instead of 100.00),
 * and the category is read from the index as published, rounded half up to two decimals.
 */
public record Ikm(Map<SurveyElement, BigDecimal> nrr, BigDecimal index, Category category, int answers) {

  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final BigDecimal ELEMENTS = BigDecimal.valueOf(SurveyElement.values().length);
  private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

  /** The regulation's categories of the converted index (mutu pelayanan and kinerja unit). */
  public enum Category {
    A("Sangat Baik", "88.31"),
    B("Baik", "76.61"),
    C("Kurang Baik", "65.00"),
    D("Tidak Baik", "25.00");

    private final String label;
    private final BigDecimal from;

    Category(String label, String from) {
      this.label = label;
      this.from = new BigDecimal(from);
    }

    public String label() {
      return label;
    }

    static Category of(BigDecimal index) {
      for (Category category : values()) {
        if (index.compareTo(category.from) >= 0) {
          return category;
        }
      }
      throw new IllegalArgumentException("An index below 25.00 is impossible: " + index);
    }
  }

  /**
   * The index of a set of answers, each the nine scores (1 to 4) in the order of {@link
   * SurveyElement}.
   *
   * @throws IllegalArgumentException for no answers, an answer without nine scores, or a score
   *     outside 1..4
   */
  public static Ikm of(Collection<int[]> answerSets) {
    if (answerSets.isEmpty()) {
      throw new IllegalArgumentException("No answers: an index needs at least one");
    }
    long[] totals = new long[SurveyElement.values().length];
    for (int[] scores : answerSets) {
      if (scores.length != totals.length) {
        throw new IllegalArgumentException("An answer has " + scores.length + " scores, not " + totals.length);
      }
      for (int i = 0; i < scores.length; i++) {
        if (scores[i] < 1 || scores[i] > 4) {
          throw new IllegalArgumentException("A score of " + scores[i] + " for " + SurveyElement.values()[i].code()
              + ": scores run from 1 to 4");
        }
        totals[i] += scores[i];
      }
    }
    return ofTotals(totals, answerSets.size());
  }

  /**
   * The index of {@code answers} answers from each element's total score (in the order of {@link
   * SurveyElement}), as a database sums them.
   */
  public static Ikm ofTotals(long[] totals, int answers) {
    if (answers < 1 || totals.length != SurveyElement.values().length) {
      throw new IllegalArgumentException("An index needs at least one answer and nine totals");
    }
    BigDecimal count = BigDecimal.valueOf(answers);
    Map<SurveyElement, BigDecimal> nrr = new EnumMap<>(SurveyElement.class);
    BigDecimal sum = BigDecimal.ZERO;
    for (SurveyElement element : SurveyElement.values()) {
      BigDecimal average = BigDecimal.valueOf(totals[element.ordinal()]).divide(count, EXACT);
      nrr.put(element, average);
      sum = sum.add(average);
    }
    BigDecimal index = sum.divide(ELEMENTS, EXACT).multiply(CONVERSION).setScale(2, RoundingMode.HALF_UP);
    return new Ikm(nrr, index, Category.of(index), answers);
  }

  /** An element's NRR as the regulation's tables print it, with three decimals. */
  public BigDecimal nrrShown(SurveyElement element) {
    return nrr.get(element).setScale(3, RoundingMode.HALF_UP);
  }

  /** The index with the Indonesian decimal comma: "88,31". */
  public String indexText() {
    return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID"))).format(index);
  }

  /**
   * The sample a period needs (Krejcie and Morgan, as the regulation's annex uses): for N requests
   * served, s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, rounded to
   * the nearest whole respondent (N = 100 gives 80).
   */
  public static int requiredSample(int population) {
    if (population < 1) {
      return 0;
    }
    BigDecimal chiSquare = new BigDecimal("3.841");
    BigDecimal pq = new BigDecimal("0.25");
    BigDecimal dSquare = new BigDecimal("0.0025");
    BigDecimal n = BigDecimal.valueOf(population);
    BigDecimal s = chiSquare.multiply(n).multiply(pq)
        .divide(dSquare.multiply(n.subtract(BigDecimal.ONE)).add(chiSquare.multiply(pq)), EXACT);
    return s.setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
