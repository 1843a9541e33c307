package id.go.tangerangkota.puspaga.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

  private final NotificationProperties settings = new NotificationProperties("http://localhost:8080", "x <x@x>", true,
      Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofHours(1), 8,
      Duration.ofMinutes(5), List.of());

  @Test
  void waitsThirtySecondsAfterTheFirstFailureAndDoublesUpToAnHour() {
    assertThat(IntStream.rangeClosed(1, 9).mapToObj(attempt -> MailOutbox.backoff(attempt, settings)).toList())
        .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
            Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
            Duration.ofHours(1));
  }
}
