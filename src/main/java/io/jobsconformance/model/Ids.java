package io.jobsconformance.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code model.NewId} and {@code model.IsValidId} of {@code model/utils.go}: 26 characters of unpadded base32 over
 * Mattermost's alphabet, which is what a 128-bit random value encodes to.
 */
public final class Ids {
  public static final int ID_LENGTH = 26;
  private static final char[] ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();

  private Ids() {}

  /**
   * A fresh id. Upstream draws from crypto/rand; the mock needs uniqueness, not secrecy, and draws one per request (the
   * request id), so it uses the per-thread generator, which costs no lock and no system call.
   */
  public static String newId() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return encode(bytes);
  }

  /** A stable id derived from {@code seed}: the same seed always gives the same valid id. */
  public static String encodeOf(String seed) {
    try {
      return encode(MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }

  /** Base32 of 16 bytes without padding: 128 bits give 25 full groups of five and one group of three. */
  static String encode(byte[] bytes) {
    char[] out = new char[ID_LENGTH];
    int buffer = 0;
    int bits = 0;
    int pos = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out[pos++] = ALPHABET[(buffer >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    out[pos] = ALPHABET[(buffer << (5 - bits)) & 31];
    return new String(out);
  }

  /**
   * {@code IsValidId}: exactly 26 bytes (Go's {@code len} counts UTF-8 bytes, not runes), each rune a Unicode letter or
   * number ({@code unicode.IsNumber} is every Number category, not only decimal digits). The API routes already
   * restrict ids to ASCII letters and digits, so this only matters for seeded data and unit tests.
   */
  public static boolean isValidId(String value) {
    if (value == null) {
      return false;
    }
    if (isAsciiAlphanumeric(value)) {
      return value.length() == ID_LENGTH;
    }
    if (value.getBytes(StandardCharsets.UTF_8).length != ID_LENGTH) {
      return false;
    }
    return value.codePoints().allMatch(c -> Character.isLetter(c) || isNumber(c));
  }

  /** The common case, checked without streams: every id the API routes let through is ASCII letters and digits. */
  private static boolean isAsciiAlphanumeric(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(int codePoint) {
    int category = Character.getType(codePoint);
    return category == Character.DECIMAL_DIGIT_NUMBER
        || category == Character.LETTER_NUMBER
        || category == Character.OTHER_NUMBER;
  }
}
