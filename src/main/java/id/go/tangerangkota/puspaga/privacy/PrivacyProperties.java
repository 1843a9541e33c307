package id.go.tangerangkota.puspaga.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code puspaga.privacy.*}: how long personal data are kept (UU No. 27 Tahun 2022, Pasal 42-44),
 * as ISO-8601 periods. What the consent text tells the requester is read from here, never copied.
 */
@ConfigurationProperties("puspaga.privacy")
public record PrivacyProperties(
    /** A request's personal data, counted from the request's end. */
    @DefaultValue("P5Y") Period requestRetention,
    /** The archive's Tanda Terima and documents (archival records; the office's jadwal retensi arsip decides). */
    @DefaultValue("P10Y") Period archiveRetention,
    /** A sent (or failed) mail's addresses and text, counted from when it was written: only a means of delivery. */
    @DefaultValue("P30D") Period outboxRetention,
    /** Requests erased per transaction by the retention pass. */
    @DefaultValue("50") int retentionBatch) {

  public PrivacyProperties {
    requirePositive("request-retention", requestRetention);
    requirePositive("archive-retention", archiveRetention);
    requirePositive("outbox-retention", outboxRetention);
    if (retentionBatch < 1) {
      throw new IllegalArgumentException("puspaga.privacy.retention-batch must be at least 1; was " + retentionBatch);
    }
    if (months(archiveRetention) < months(requestRetention)) {
      throw new IllegalArgumentException("puspaga.privacy.archive-retention (" + archiveRetention + ") is shorter than"
          + " request-retention (" + requestRetention + "): the archive keeps the request's papers at least as long");
    }
  }

  /**
   * The request period in whole days as the engine's history time to live takes it: the longest the
   * period can be (its leap days counted), so that the engine's cleanup never comes before the period
   * has passed; the retention pass erases at the period itself.
   */
  public int requestRetentionDays() {
    java.time.LocalDate longest = java.time.LocalDate.of(2000, 1, 1);
    return Math.toIntExact(java.time.temporal.ChronoUnit.DAYS.between(longest, longest.plus(requestRetention)));
  }

  /** The period in Indonesian words as a consent text says it: "5 (lima) tahun", "1 (satu) tahun 6 (enam) bulan". */
  public static String words(Period period) {
    Period normal = period.normalized();
    StringBuilder text = new StringBuilder();
    append(text, normal.getYears(), "tahun");
    append(text, normal.getMonths(), "bulan");
    append(text, normal.getDays(), "hari");
    return text.toString();
  }

  private static void append(StringBuilder text, int count, String unit) {
    if (count > 0) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(count).append(" (").append(IndonesianNumbers.words(count)).append(") ").append(unit);
    }
  }

  private static long months(Period period) {
    return period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
  }

  private static void requirePositive(String name, Period period) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("puspaga.privacy." + name + " must be a positive ISO-8601 period, e.g. P5Y; was "
          + period);
    }
  }
}
