package id.go.tangerangkota.puspaga.report;

/** The SOP's papers: what each is called, its number code, its template and its file variable. */
public enum DocumentType {
  LEMBAR_DISPOSISI("Lembar Disposisi", "DISP", "lembar-disposisi", "dokumenLembarDisposisi");

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

  /** The process variable (a file) that holds the latest document of this type. */
  public String variable() {
    return variable;
  }
}
