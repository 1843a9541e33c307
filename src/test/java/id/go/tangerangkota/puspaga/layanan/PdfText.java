package id.go.tangerangkota.puspaga.layanan;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The text of a generated PDF, as PDFBox extracts it. */
public final class PdfText {

  private PdfText() {}

  static String of(FileValue file) {
    try (InputStream in = file.getValue()) {
      return of(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Line breaks fall where the layout puts them: compare text, not lines.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
