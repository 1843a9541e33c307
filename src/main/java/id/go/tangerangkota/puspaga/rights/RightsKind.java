package id.go.tangerangkota.puspaga.rights;

import java.util.Arrays;
import java.util.Optional;

/** The rights a requester may ask for over their request's personal data (UU 27/2022 Pasal 30-44). */
public enum RightsKind {
  AKSES("Akses (salinan data)"),
  PERBAIKAN("Perbaikan data"),
  PENARIKAN("Penarikan persetujuan / pembatasan pemrosesan"),
  PENGHAPUSAN("Penghapusan data");

  private final String label;

  RightsKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<RightsKind> of(Object value) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(value == null ? null : value.toString().strip()))
        .findFirst();
  }
}
