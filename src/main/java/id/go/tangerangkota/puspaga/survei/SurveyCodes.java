package id.go.tangerangkota.puspaga.survei;

import id.go.tangerangkota.puspaga.shared.CrockfordCodes;
import id.go.tangerangkota.puspaga.system.SharedSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The one-use survey code of a request: 12 characters of Crockford's base 32 (60 bits), derived
 * from the request with a key all nodes share, so that the status page and a reprinted slip show
 * the same code while the database keeps only its SHA-256. Short enough to read out at the counter.
 */
@Component
public class SurveyCodes {

  private static final int LENGTH = 12;

  private final SharedSecrets secrets;
  private volatile byte[] key;

  public SurveyCodes(SharedSecrets secrets) {
    this.secrets = secrets;
  }

  /** The code of the request with this process instance. */
  public String of(String processInstanceId) {
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key(), "HmacSHA256"));
      mac = hmac.doFinal(("survei|" + processInstanceId).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return CrockfordCodes.fromBytes(mac, LENGTH);
  }

  private byte[] key() {
    if (key == null) {
      key = secrets.get("survey-code");
    }
    return key;
  }
}
