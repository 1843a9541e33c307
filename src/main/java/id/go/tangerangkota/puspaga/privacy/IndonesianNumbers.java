package id.go.tangerangkota.puspaga.privacy;

/** Whole numbers in Indonesian words, as legal texts write them beside the digits: 1 to 999. */
final class IndonesianNumbers {

  private static final String[] ONES = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
      "sepuluh", "sebelas"};

  private IndonesianNumbers() {}

  static String words(int number) {
    if (number < 1 || number > 999) {
      throw new IllegalArgumentException("Only 1 to 999 are written in words here: " + number);
    }
    if (number < 12) {
      return ONES[number];
    }
    if (number < 20) {
      return ONES[number - 10] + " belas";
    }
    if (number < 100) {
      return ONES[number / 10] + " puluh" + (number % 10 == 0 ? "" : " " + ONES[number % 10]);
    }
    String hundreds = number / 100 == 1 ? "seratus" : ONES[number / 100] + " ratus";
    return number % 100 == 0 ? hundreds : hundreds + " " + words(number % 100);
  }
}
