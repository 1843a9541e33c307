package id.go.tangerangkota.puspaga.survei;

import id.go.tangerangkota.puspaga.system.SharedSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
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

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
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
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET[(mac[i] & 0xff) % ALPHABET.length]);
    }
    return normalise(code.toString());
  }

  /** As typed: lower case, spaces or no dashes are all the same code; O, I and L read as 0, 1, 1. */
  public static String normalise(String code) {
    if (code == null) {
      return "";
    }
    String plain = code.toUpperCase().replaceAll("[^0-9A-Z]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        grouped.append('-');
      }
      grouped.append(plain.charAt(i));
    }
    return grouped.toString();
  }

  public static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          normalise(code).getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] key() {
    if (key == null) {
      key = secrets.get("survey-code");
    }
    return key;
  }
}
