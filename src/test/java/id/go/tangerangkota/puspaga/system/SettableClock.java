package id.go.tangerangkota.puspaga.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's {@link Clock} in the integration tests: the real time until a test sets
 * another, either standing still ({@link #set}) or running on from a chosen instant ({@link
 * #runFrom}, for the scheduler, which waits for the time it reads here).
 */
public final class SettableClock extends Clock {

  private volatile Instant fixed;
  private volatile Duration offset = Duration.ZERO;

  public void set(Instant instant) {
    offset = Duration.ZERO;
    fixed = instant;
  }

  /** From now on the clock reads {@code start}, then runs at the real pace. */
  public void runFrom(Instant start) {
    fixed = null;
    offset = Duration.between(Instant.now(), start);
  }

  public void reset() {
    fixed = null;
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now == null ? Instant.now().plus(offset) : now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    SettableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }
}
