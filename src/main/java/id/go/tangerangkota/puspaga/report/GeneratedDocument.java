package id.go.tangerangkota.puspaga.report;

/** A generated document as listed in the instance variable {@code documents}. */
public record GeneratedDocument(DocumentType type, String number, String variable, String fileName, int size, String sha256) {}
