package id.go.tangerangkota.puspaga.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Codes people type or read out (the status code, the survey code): Crockford's base 32 (digits
 * and letters without I, L, O and U) in groups of four, and as typed: lower case, spaces or no
 * dashes are the same code, O, I and L read as 0, 1, 1. The database keeps only their SHA-256.
 */
public final class CrockfordCodes {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private CrockfordCodes() {}

  /** {@code length} random characters (5 bits each), grouped. */
  public static String random(RandomGenerator random, int length) {
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < length; i++) {
      plain.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return grouped(plain);
  }

  /** {@code length} characters read from the given bytes (one byte each), grouped. */
  public static String fromBytes(byte[] bytes, int length) {
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < length; i++) {
      plain.append(ALPHABET[(bytes[i] & 0xff) % ALPHABET.length]);
    }
    return grouped(plain);
  }

  public static String normalise(String code) {
    if (code == null) {
      return "";
    }
    return grouped(code.toUpperCase().replaceAll("[^0-9A-Z]", "").replace('O', '0').replace('I', '1').replace('L', '1'));
  }

  /** The SHA-256 (hex) of the code as normalised: what the database keeps. */
  public static String sha256(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          normalise(code).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String grouped(CharSequence plain) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        grouped.append('-');
      }
      grouped.append(plain.charAt(i));
    }
    return grouped.toString();
  }
}
