package id.go.tangerangkota.puspaga.calendar;

/**
 * The two kinds of day off that an SKB 3 Menteri sets each year, and an office's own: a regional
 * holiday or a head of region's decree (never in the national calendar file).
 */
public enum HolidayType {
  LIBUR_NASIONAL("libur-nasional"),
  CUTI_BERSAMA("cuti-bersama"),
  LIBUR_DAERAH("libur-daerah");

  private final String fileName;

  HolidayType(String fileName) {
    this.fileName = fileName;
  }

  /** The spelling used in the calendar file and the REST API. */
  public String fileName() {
    return fileName;
  }

  static HolidayType fromFileName(String value) {
    for (HolidayType type : values()) {
      if (type != LIBUR_DAERAH && type.fileName.equals(value)) {
        return type;
      }
    }
    return null;
  }
}
