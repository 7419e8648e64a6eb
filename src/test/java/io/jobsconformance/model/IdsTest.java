package io.jobsconformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code model.NewId} and {@code model.IsValidId} ({@code model/utils.go}, reference §1.1 item 10): 26 characters of
 * unpadded base32 over {@code ybndrfg8ejkmcpqxot1uwisza345h769}; a valid id is 26 bytes of Unicode letters or numbers.
 */
class IdsTest {
  private static final String ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769";
  private static final String VALID = "abcdefghijklmnopqrstuvwxyz";

  @Test
  void aNewIdIsTwentySixCharactersOfMattermostsAlphabet() {
    for (int i = 0; i < 10_000; i++) {
      String id = Ids.newId();
      assertThat(id).hasSize(26);
      assertThat(id.chars()).allMatch(c -> ALPHABET.indexOf(c) >= 0);
      assertThat(Ids.isValidId(id)).isTrue();
    }
  }

  @Test
  void aNewIdIsUniqueOverAHundredThousandCalls() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(Ids.newId());
    }
    assertThat(seen).hasSize(100_000);
  }

  @Test
  void theLastCharacterOfANewIdCarriesThreeBitsPaddedWithTwoZeroBits() {
    // 128 bits = 25 groups of five plus one group of three, padded with two zero bits: index is a multiple of 4.
    Set<Character> lastChars = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      lastChars.add(Ids.newId().charAt(25));
    }
    assertThat(lastChars).isSubsetOf('y', 'r', 'e', 'c', 'o', 'w', 'a', 'h');
  }

  @Test
  void allZeroBytesEncodeToTwentySixYs() {
    assertThat(Ids.encode(new byte[16])).isEqualTo("y".repeat(26));
  }

  @Test
  void allOneBytesEncodeToTwentyFiveNinesAndAnH() {
    byte[] ones = new byte[16];
    Arrays.fill(ones, (byte) 0xff);
    assertThat(Ids.encode(ones)).isEqualTo("9".repeat(25) + "h");
  }

  @Test
  void encodingMatchesUnpaddedBase32OfTheBytesForRandomInput() {
    Random random = new Random(7);
    for (int i = 0; i < 1_000; i++) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      assertThat(Ids.encode(bytes)).isEqualTo(base32(bytes));
    }
  }

  @Test
  void encodeOfIsStableForTheSameSeedAndDiffersForAnother() {
    assertThat(Ids.encodeOf("admin-token")).isEqualTo(Ids.encodeOf("admin-token"));
    assertThat(Ids.encodeOf("admin-token")).isNotEqualTo(Ids.encodeOf("user-token"));
    assertThat(Ids.isValidId(Ids.encodeOf("admin-token"))).isTrue();
  }

  static Stream<String> validIds() {
    return Stream.of(
        VALID,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "0123456789abcdefghijABCDEF",
        "9".repeat(26),
        "a".repeat(24) + "\u00e9", // 25 characters, 26 bytes in UTF-8: Go's len() counts bytes
        "\u00e9".repeat(13), // 13 letters, 26 bytes
        "\u0663".repeat(13), // Arabic-Indic digit three (Nd)
        "a".repeat(24) + "\u00bd", // vulgar fraction one half: unicode.IsNumber (No)
        "a".repeat(23) + "\u216b"); // Roman numeral twelve (Nl), 3 bytes
  }

  @ParameterizedTest
  @MethodSource("validIds")
  void twentySixBytesOfUnicodeLettersOrNumbersAreAValidId(String value) {
    assertThat(Ids.isValidId(value)).isTrue();
  }

  static Stream<String> invalidIds() {
    return Stream.of(
        null,
        "",
        "a".repeat(25),
        "a".repeat(27),
        "a".repeat(25) + "-",
        "a".repeat(25) + "_",
        "a".repeat(25) + " ",
        "a".repeat(25) + ".",
        "a".repeat(25) + "%",
        "a".repeat(25) + "/",
        "a".repeat(25) + "\u00e9", // 26 characters but 27 bytes
        "\u00e9".repeat(26), // 26 letters, 52 bytes
        "a".repeat(24) + "\u00b7", // middle dot: 26 bytes, neither letter nor number
        "a".repeat(22) + "\ud83d\ude00"); // emoji: 26 bytes, not a letter
  }

  @ParameterizedTest
  @MethodSource("invalidIds")
  void anythingElseIsNotAValidId(String value) {
    assertThat(Ids.isValidId(value)).isFalse();
  }

  @ParameterizedTest(name = "{0} characters: {1}")
  @CsvSource({"25, false", "26, true", "27, false"})
  void onlyTwentySixAsciiAlphanumericsMakeAValidId(int length, boolean valid) {
    assertThat(Ids.isValidId("a1".repeat(20).substring(0, length))).isEqualTo(valid);
  }

  /** An independent base32 encoder: 128 bits shifted left by two give 26 groups of five bits. */
  private static String base32(byte[] bytes) {
    BigInteger value = new BigInteger(1, bytes).shiftLeft(2);
    StringBuilder out = new StringBuilder();
    for (int i = 25; i >= 0; i--) {
      out.append(ALPHABET.charAt(value.shiftRight(5 * i).intValue() & 31));
    }
    return out.toString();
  }
}
