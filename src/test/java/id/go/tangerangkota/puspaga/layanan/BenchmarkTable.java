package id.go.tangerangkota.puspaga.layanan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A benchmark's Markdown table: each row a measure, its baseline from the same run and their ratio. */
final class BenchmarkTable {

  private final List<String> rows = new ArrayList<>();

  void row(String measure, String ours, String baseline, String ratio, String baselineIs) {
    String row = "| " + measure + " | " + ours + " | " + baseline + " | " + ratio + " | " + baselineIs + " |";
    System.out.println("[benchmark] " + row);
    rows.add(row);
  }

  /** Prints the table and writes it to {@code file}. */
  void write(Path file) throws IOException {
    StringBuilder table = new StringBuilder()
        .append("| measure | this application | baseline (same run) | ratio | baseline is |\n")
        .append("|---|---:|---:|---:|---|\n");
    rows.forEach(row -> table.append(row).append('\n'));
    System.out.println("\n[benchmark]\n" + table);
    Files.writeString(file, table.toString());
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  static String ratio(double ours, double baseline) {
    return String.format(Locale.ROOT, "%.2f", ours / baseline);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
