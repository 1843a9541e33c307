package id.go.tangerangkota.puspaga.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.puspaga.shared.IndonesianDates;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

class PdfRendererTest {

  private final PdfRenderer renderer = new PdfRenderer();

  @Test
  void printsWhatTheUserTypedExactlyAsTyped() throws Exception {
    Map<String, Object> model = disposition();
    model.put("requesterName", "Siti O'Neil & \"Keluarga\"");
    model.put("requestBackground", "<script>alert(1)</script> pengasuhan & hak anak");

    String text = text(renderer.render("lembar-disposisi", model));

    assertThat(text).contains("LEMBAR DISPOSISI", "Nomor: 007/DISP/PUSPAGA/XI/2026", "28 November 2026",
        "Siti O'Neil & \"Keluarga\"", "<script>alert(1)</script> pengasuhan & hak anak",
        "PEMERINTAH KOTA TANGERANG", "PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)", "Rina Admin");
  }

  @ParameterizedTest
  // The monthly report prints no typed text of a request (MonthlyReportProcessTest reads it); the
  // survey report's only typed text is the suggestions (SurveyIT reads them).
  @EnumSource(value = DocumentType.class, mode = EnumSource.Mode.EXCLUDE, names = {"LAPORAN_BULANAN", "LAPORAN_SKM"})
  void printsTypedTextAsTypedInEveryDocument(DocumentType type) throws Exception {
    String nasty = "<script>alert(1)</script> & O'Neil \"kutip\"";
    Map<String, Object> model = disposition();
    for (String field : new String[] {"requesterName", "requestBackground", "dispositionNotes", "needsMap", "programTitle",
        "programObjective", "activityTitle", "activitySummary", "activityOutcome", "activityExecutor",
        "programReportSummary", "programEvaluation", "coordinatorName", "archivedByName"}) {
      model.put(field, nasty + " " + field);
    }
    model.put("dates", new IndonesianDates());
    model.put("programEndDate", "2027-03-31");
    model.put("activities", java.util.List.of(Map.of("title", nasty + " activities", "date", "2027-01-14")));
    model.put("activityReports", java.util.List.of(Map.of("title", nasty + " activityReports", "date", "2027-01-14",
        "heldOn", "2027-01-15", "summary", "Baik")));
    model.put("archivedDocuments", java.util.List.of(Map.of("title", "Lembar Disposisi", "number", "001/DISP/PUSPAGA/XI/2026",
        "sha256", "ab".repeat(32))));

    String text = text(renderer.render(type.template(), model)).replaceAll("\\s+", " ");

    assertThat(text).contains("007/DISP/PUSPAGA/XI/2026", "28 November 2026", "PEMERINTAH KOTA TANGERANG");
    assertThat(text).containsPattern("<script>alert\\(1\\)</script> & O'Neil \"kutip\" \\w+");
  }

  @Test
  void wrapsTenThousandCharactersAcrossPages() throws Exception {
    Map<String, Object> model = disposition();
    StringBuilder longText = new StringBuilder();
    while (longText.length() < 10_000) {
      longText.append("Orang tua murid membutuhkan pendampingan pengasuhan digital ").append(longText.length()).append(". ");
    }
    model.put("requestBackground", longText.toString());

    byte[] pdf = renderer.render("lembar-disposisi", model);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    // Line and page breaks become whitespace in the extracted text; nothing is lost or cut.
    assertThat(text(pdf).replaceAll("\\s+", " ")).contains(longText.toString().strip());
  }

  static Map<String, Object> disposition() {
    Map<String, Object> model = new HashMap<>();
    model.put("documentNumber", "007/DISP/PUSPAGA/XI/2026");
    model.put("documentTitle", "Lembar Disposisi");
    model.put("documentDate", "28 November 2026");
    model.put("office", Binder.get(new org.springframework.mock.env.MockEnvironment()).bindOrCreate("puspaga.documents.office",
        Bindable.of(id.go.tangerangkota.puspaga.office.Letterhead.class)));
    model.put("businessKey", "LI-1");
    model.put("requesterName", "Siti");
    model.put("topic", "PENGASUHAN");
    model.put("dispositionNotes", "Mohon dipetakan.");
    model.put("registeredByName", "Rina Admin");
    return model;
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

}
