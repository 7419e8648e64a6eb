package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body of {@code POST /api/v4/jobs} (behaviour reference §1.3 step 1 and §1.1 item 3), decoded as
 * {@code json.NewDecoder(http.MaxBytesReader(body)).Decode(&job)} decodes it: the first JSON value only, field names
 * matched case-insensitively, every field of its Go type or the whole decode fails, at most 300000 + 512 bytes read.
 */
public abstract class CreateJobBodyContract extends CreateSupport {

  static Stream<Arguments> undecodableBodies() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace", "  \n\t "),
        Arguments.of("malformed", "{\"type\":"),
        Arguments.of("unquoted key", "{type:\"data_retention\"}"),
        Arguments.of("array", "[]"),
        Arguments.of("array of a job", "[{\"type\":\"data_retention\"}]"),
        Arguments.of("string", "\"x\""),
        Arguments.of("number", "5"),
        Arguments.of("boolean", "true"),
        Arguments.of("numeric type", "{\"type\":5}"),
        Arguments.of("object type", "{\"type\":{}}"),
        Arguments.of("numeric data value", "{\"type\":\"data_retention\",\"data\":{\"a\":1}}"),
        Arguments.of("nested data value", "{\"type\":\"data_retention\",\"data\":{\"a\":{}}}"),
        Arguments.of("array data", "{\"type\":\"data_retention\",\"data\":[]}"),
        Arguments.of("string data", "{\"type\":\"data_retention\",\"data\":\"x\"}"),
        Arguments.of("fractional priority", "{\"type\":\"data_retention\",\"priority\":1.5}"),
        Arguments.of("exponent progress", "{\"type\":\"data_retention\",\"progress\":1e2}"),
        Arguments.of("int64 overflow", "{\"type\":\"data_retention\",\"create_at\":9223372036854775808}"),
        Arguments.of("string create_at", "{\"type\":\"data_retention\",\"create_at\":\"1\"}"),
        Arguments.of("numeric id", "{\"type\":\"data_retention\",\"id\":5}"),
        Arguments.of("boolean status", "{\"type\":\"data_retention\",\"status\":true}"),
        Arguments.of("byte-order mark", "\uFEFF{\"type\":\"data_retention\"}"),
        Arguments.of("unterminated string", "{\"type\":\"data_retention"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("undecodableBodies")
  void aBodyThatDoesNotDecodeIntoAJobIsAnInvalidBodyParameter(String name, String body) {
    pending("migrations");

    rejects(post(JOBS).as(ADMIN).json(body), ApiError.invalidBodyParam("job"));
  }

  @Test
  void anUndecodableBodyIsRejectedBeforeThePermissionCheck() {
    rejects(post(JOBS).as(Actor.USER).json("{"), ApiError.invalidBodyParam("job"));
  }

  @Test
  void fieldNamesMatchCaseInsensitivelyAsGoDoes() {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).json("{\"TYPE\":\"data_retention\",\"Data\":{\"K\":\"v\"}}")),
        "data_retention", Map.of("K", "v"), before);
  }

  @Test
  void aNullDataValueBecomesAnEmptyString() {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).json("{\"type\":\"data_retention\",\"data\":{\"a\":null,\"b\":\"x\"}}")),
        "data_retention", Map.of("a", "", "b", "x"), before);
  }

  @Test
  void unknownFieldsAndTrailingTextAfterTheFirstValueAreIgnored() {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).json("{\"type\":\"plugins\",\"extra\":[1,{}]} trailing garbage {")),
        "plugins", null, before);
  }

  @Test
  void aRepeatedFieldKeepsItsLastValueAsGoDoes() {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).json("{\"type\":\"cloud\",\"type\":\"plugins\"}")), "plugins", null,
        before);
  }

  @Test
  void theRequestContentTypeIsNotChecked() {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).header("Content-Type", "text/plain").json("{\"type\":\"plugins\"}")),
        "plugins", null, before);
  }

  @Test
  void invalidUtf8AndLoneSurrogatesInStringsBecomeTheReplacementCharacter() {
    long before = System.currentTimeMillis();
    byte[] prefix = "{\"type\":\"plugins\",\"data\":{\"raw\":\"a".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "b\",\"escaped\":\"\\ud800\"}}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 1 + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xff;
    System.arraycopy(suffix, 0, body, prefix.length + 1, suffix.length);

    created(send(post(JOBS).as(ADMIN).body(body)), "plugins", Map.of("raw", "a\uFFFDb", "escaped", "\uFFFD"), before);
  }

  @Test
  void anIncompleteBodyJustOverTheLimitIsTooLarge() {
    String body = "{\"type\":\"data_retention\",\"data\":{\"k\":\"" + "x".repeat(BODY_LIMIT);
    assertThat(body.length()).isGreaterThan(BODY_LIMIT);

    rejects(post(JOBS).as(ADMIN).json(body.substring(0, BODY_LIMIT + 1)), ApiError.BODY_TOO_LARGE);
  }

  @Test
  void aCompleteValueThatEndsPastTheLimitIsTooLarge() {
    String body = "{\"type\":\"data_retention\",\"data\":{\"k\":\"" + "x".repeat(BODY_LIMIT) + "\"}}";

    rejects(post(JOBS).as(ADMIN).json(body), ApiError.BODY_TOO_LARGE);
  }

  @Test
  void anIncompleteBodyOfExactlyTheLimitIsMerelyUndecodable() {
    String body = ("{\"type\":\"data_retention\",\"data\":{\"k\":\"" + "x".repeat(BODY_LIMIT)).substring(0, BODY_LIMIT);

    rejects(post(JOBS).as(ADMIN).json(body), ApiError.invalidBodyParam("job"));
  }

  @Test
  void aSmallCompleteValueFollowedByPaddingPastTheLimitIsCreated() {
    long before = System.currentTimeMillis();
    byte[] body = ("{\"type\":\"data_retention\"}" + " ".repeat(BODY_LIMIT + 1000)).getBytes(StandardCharsets.UTF_8);

    created(send(post(JOBS).as(ADMIN).body(body)), "data_retention", null, before);
  }
}
