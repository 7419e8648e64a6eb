package io.jobsconformance.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What {@code json.NewDecoder(http.MaxBytesReader(body)).Decode} sees of a request body: only the first JSON value,
 * read from at most {@code MaximumPayloadSizeBytes + 512} bytes, as UTF-8 (a byte-order mark is a syntax error and
 * invalid bytes become U+FFFD), nested up to Go's depth limit.
 */
final class GoDecoding {
  /** {@code ServiceSettings.MaximumPayloadSizeBytes} default 300000, plus {@code bytes.MinRead}. */
  static final int BODY_LIMIT = 300_000 + 512;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(10_000)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .build())
          .build();

  /** How reading the first value ended. */
  enum Outcome {
    /** The first value is complete and syntactically valid. */
    VALUE,
    /** Empty body, bad syntax, or a value cut short by the end of the body. */
    INVALID,
    /** The value did not end before the byte limit: Go's {@code http.MaxBytesError}. */
    TOO_LARGE
  }

  private GoDecoding() {}

  /** Checks the syntax of the first value of {@code body}. */
  static Outcome scan(byte[] body) {
    boolean truncated = body.length > BODY_LIMIT;
    try (JsonParser parser = parser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return truncated ? Outcome.TOO_LARGE : Outcome.INVALID;
      }
      parser.skipChildren();
      return Outcome.VALUE;
    } catch (JsonEOFException eof) {
      return truncated ? Outcome.TOO_LARGE : Outcome.INVALID;
    } catch (IOException | RuntimeException syntax) {
      return Outcome.INVALID;
    }
  }

  /** A parser over the readable part of the body; the caller has checked {@link #scan} first. */
  static JsonParser parser(byte[] body) throws IOException {
    byte[] readable = body.length > BODY_LIMIT ? Arrays.copyOf(body, BODY_LIMIT) : body;
    if (readable.length >= 3 && (readable[0] & 0xff) == 0xEF && (readable[1] & 0xff) == 0xBB
        && (readable[2] & 0xff) == 0xBF) {
      // Go does not skip a byte-order mark: "invalid character 'ï' looking for beginning of value".
      readable = "\u00ef".getBytes(StandardCharsets.UTF_8);
    }
    InputStreamReader reader =
        new InputStreamReader(
            new ByteArrayInputStream(readable),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return FACTORY.createParser(reader);
  }
}
