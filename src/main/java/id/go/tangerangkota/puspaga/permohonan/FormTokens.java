package id.go.tangerangkota.puspaga.permohonan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import id.go.tangerangkota.puspaga.system.SharedSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Anti-forgery for the public forms without a session: a random token both in a cookie
 * (SameSite=Strict, HttpOnly) and in the form, and the moment the form was shown, signed with a
 * key all nodes share. Another site cannot read the cookie to copy it into its own form; a robot
 * that posts at once is caught by the minimum fill time.
 */
@Component
class FormTokens {

  static final String COOKIE = "permohonan_csrf";

  enum Verdict { VALID, FORGED, TOO_FAST, EXPIRED }

  record Issued(String token, long issuedAt, String signature) {}

  private final SharedSecrets secrets;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private volatile byte[] key;

  FormTokens(SharedSecrets secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  Issued issue() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    long issuedAt = clock.instant().toEpochMilli();
    return new Issued(token, issuedAt, sign(token, issuedAt));
  }

  Verdict check(String formToken, String cookieToken, String issuedAt, String signature, Duration minFill,
      Duration validity) {
    if (formToken == null || cookieToken == null || signature == null || issuedAt == null
        || !MessageDigest.isEqual(formToken.getBytes(StandardCharsets.UTF_8), cookieToken.getBytes(StandardCharsets.UTF_8))) {
      return Verdict.FORGED;
    }
    long issued;
    try {
      issued = Long.parseLong(issuedAt);
    } catch (NumberFormatException e) {
      return Verdict.FORGED;
    }
    if (!MessageDigest.isEqual(sign(formToken, issued).getBytes(StandardCharsets.UTF_8),
        signature.getBytes(StandardCharsets.UTF_8))) {
      return Verdict.FORGED;
    }
    Duration age = Duration.between(Instant.ofEpochMilli(issued), clock.instant());
    if (age.compareTo(minFill) < 0) {
      return Verdict.TOO_FAST;
    }
    return age.compareTo(validity) > 0 ? Verdict.EXPIRED : Verdict.VALID;
  }

  private String sign(String token, long issuedAt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((token + "|" + issuedAt).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] key() {
    if (key == null) {
      key = secrets.get("public-form");
    }
    return key;
  }
}
