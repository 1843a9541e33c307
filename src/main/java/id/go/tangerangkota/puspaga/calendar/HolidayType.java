package id.go.tangerangkota.puspaga.calendar;

/** The two kinds of day off that an SKB 3 Menteri sets each year. */
public enum HolidayType {
  LIBUR_NASIONAL("libur-nasional"),
  CUTI_BERSAMA("cuti-bersama");

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
      if (type.fileName.equals(value)) {
        return type;
      }
    }
    return null;
  }
}
