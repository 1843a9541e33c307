package id.go.tangerangkota.puspaga.report;

/** The SOP's papers: what each is called, its number code, its template and its file variable. */
public enum DocumentType {
  LEMBAR_DISPOSISI("Lembar Disposisi", "DISP", "lembar-disposisi", "dokumenLembarDisposisi"),
  FORMULIR_PROGRAM_KERJA("Formulir Pengajuan Program Kerja", "FPK", "formulir-program-kerja", "dokumenFormulirProgramKerja"),
  SURAT_TUGAS("Surat Tugas", "ST", "surat-tugas", "dokumenSuratTugas"),
  LAPORAN_KEGIATAN("Laporan Kegiatan", "LK", "laporan-kegiatan", "dokumenLaporanKegiatan"),
  LAPORAN_PROGRAM("Laporan Pelaksanaan Program Kerja", "LPPK", "laporan-program", "dokumenLaporanProgram"),
  SURAT_PEMBERIAN_LAPORAN("Surat Pemberian Laporan", "SPL", "surat-pemberian-laporan", "dokumenSuratPemberianLaporan"),
  TANDA_TERIMA("Tanda Terima", "TT", "tanda-terima", "dokumenTandaTerima"),
  /** Not of a request: the Ketua's monthly report, filed in {@code monthly_report}. */
  LAPORAN_BULANAN("Laporan Bulanan Klien", "LBK", "laporan-bulanan", "dokumenLaporanBulanan"),
  /** Not of a request: the yearly Laporan Hasil Survei Kepuasan Masyarakat, filed in {@code survey_report}. */
  LAPORAN_SKM("Laporan Hasil Survei Kepuasan Masyarakat", "SKM", "laporan-skm", "dokumenLaporanSkm");

  private final String title;
  private final String code;
  private final String template;
  private final String variable;

  DocumentType(String title, String code, String template, String variable) {
    this.title = title;
    this.code = code;
    this.template = template;
    this.variable = variable;
  }

  public String title() {
    return title;
  }

  public String code() {
    return code;
  }

  public String template() {
    return template;
  }

  /** The process variable (a file) of the first document of this type; later ones add 2, 3, ... */
  public String variable() {
    return variable;
  }
}
