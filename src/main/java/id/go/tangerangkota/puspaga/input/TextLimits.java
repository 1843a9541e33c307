package id.go.tangerangkota.puspaga.input;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The longest text each field of the forms accepts. The forms declare the same numbers
 * ({@code maxLength}); the server enforces them whatever the client, and the documents print the
 * whole text. {@code TextLimitsTest} checks that the forms and this table agree.
 */
public final class TextLimits {

  /** Variable name, its label as the forms show it, and the most characters it may hold. */
  public record Limit(String variable, String label, int maxLength) {}

  public static final Map<String, Limit> LIMITS = Map.ofEntries(
      limit("requesterName", "Nama pemohon", 200),
      limit("requesterPhone", "Nomor telepon/WhatsApp", 20),
      limit("requesterEmail", "Surel (e-mail)", 200),
      limit("officeId", "Kantor", 4),
      limit("requesterInstitution", "Lembaga/instansi", 200),
      limit("requesterAddress", "Alamat", 500),
      limit("requestBackground", "Latar belakang kebutuhan", 4000),
      limit("dispositionNotes", "Isi disposisi kepada koordinator", 4000),
      limit("referralReason", "Alasan rujukan", 4000),
      limit("needsMap", "Hasil pemetaan kebutuhan masyarakat", 8000),
      limit("needsHearing", "Hasil dengar pendapat layanan lain dan usulan masyarakat", 8000),
      limit("programTitle", "Judul program kerja", 200),
      limit("programObjective", "Tujuan dan sasaran program", 4000),
      limit("reviewNotes", "Catatan/disposisi Ketua", 4000),
      limit("activityExecutor", "Pelaksana kegiatan", 200),
      limit("activitySummary", "Uraian pelaksanaan dibanding rencana", 8000),
      limit("activityOutcome", "Hasil dan tindak lanjut", 8000),
      limit("programReportSummary", "Ringkasan pelaksanaan program", 10000),
      limit("programEvaluation", "Evaluasi terhadap rencana program kerja", 10000),
      limit("coordinationNotes", "Catatan hasil koordinasi", 4000),
      limit("archiveNotes", "Catatan arsip", 2000),
      limit("correctionValue", "Isi yang benar", 4000),
      limit("rightsRequestNote", "Keterangan permintaan", 2000),
      limit("identityCheck", "Pemeriksaan identitas pemohon", 500),
      limit("rightsAnswer", "Jawaban kepada pemohon", 4000),
      limit("registrationNumber", "Nomor registrasi permohonan", 64),
      limit("incidentDescription", "Uraian insiden", 4000),
      limit("affectedRequests", "Nomor registrasi permohonan yang terdampak", 4000),
      limit("incidentAssessment", "Penilaian dampak dan tindakan", 4000));

  private TextLimits() {}

  private static Map.Entry<String, Limit> limit(String variable, String label, int maxLength) {
    return Map.entry(variable, new Limit(variable, label, maxLength));
  }

  /** Refuses the submission when a limited field visible from this scope is longer than its limit. */
  public static void check(VariableScope scope) {
    for (Limit limit : LIMITS.values()) {
      if (scope.getVariable(limit.variable()) instanceof String text && text.length() > limit.maxLength()) {
        throw new SubmissionRejectedException(String.format(new java.util.Locale("id", "ID"),
            "%s (%s) paling banyak %,d karakter, sedangkan isian Anda %,d karakter. Ringkas isiannya.",
            limit.label(), limit.variable(), limit.maxLength(), text.length()));
      }
    }
  }
}
