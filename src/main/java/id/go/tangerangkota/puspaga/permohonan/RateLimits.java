package id.go.tangerangkota.puspaga.permohonan;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Per client address and minute, in this node's memory (Bucket4j): with N nodes behind a load
 * balancer a client may get up to N times the limit, which still stops floods. The client address
 * is Tomcat's remote address, which honours X-Forwarded-For from a proxy on a private network
 * ({@code server.forward-headers-strategy: native}).
 */
@Component
class RateLimits {

  private static final int CLIENTS_REMEMBERED = 10_000;

  private final PublicRequestProperties settings;
  private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      return size() > CLIENTS_REMEMBERED;
    }
  });

  RateLimits(PublicRequestProperties settings) {
    this.settings = settings;
  }

  boolean allowSubmission(String client) {
    return bucket("submit:" + client, settings.submissionsPerMinute()).tryConsume(1);
  }

  boolean allowStatusCheck(String client) {
    return bucket("status:" + client, settings.statusChecksPerMinute()).tryConsume(1);
  }

  /** Survey answers and code look-ups: as many as status look-ups. */
  boolean allowSurvey(String client) {
    return bucket("survey:" + client, settings.statusChecksPerMinute()).tryConsume(1);
  }

  private Bucket bucket(String key, int perMinute) {
    return buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
        .build());
  }
}
