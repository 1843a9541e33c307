package id.go.tangerangkota.puspaga.calendar;

/** The calendar file cannot be used; the message names the file and the line. */
public class CalendarFileException extends RuntimeException {

  public CalendarFileException(String message) {
    super(message);
  }

  public CalendarFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
