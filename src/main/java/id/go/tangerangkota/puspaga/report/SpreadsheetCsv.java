package id.go.tangerangkota.puspaga.report;

import java.util.List;

/** The reports' CSV files: as a spreadsheet in Indonesia opens them (UTF-8 with BOM, ";" between cells). */
public final class SpreadsheetCsv {

  private SpreadsheetCsv() {}

  public static String of(List<List<Object>> rows) {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (List<Object> row : rows) {
      text.append(String.join(";", row.stream().map(SpreadsheetCsv::quoted).toList())).append("\r\n");
    }
    return text.toString();
  }

  /** Plain words and numbers as they are; anything else (a decimal comma, a quote, ";") in quotes. */
  private static String quoted(Object value) {
    String text = String.valueOf(value);
    return text.matches("[\\p{L}\\p{N} ._/()%-]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
