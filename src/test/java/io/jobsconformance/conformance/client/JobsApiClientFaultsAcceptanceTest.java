package io.jobsconformance.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jobsconformance.mock.JobsMockServer;
import io.jobsconformance.mock.MockOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The suite's client against a server that breaks (the mock's {@code X-Mock-Fault} and {@code X-Mock-Delay-Ms}
 * mappings): a reset connection, an empty response and a malformed chunked body each surface at once as an
 * {@link ApiTransportException} that names the request, and an answer later than the client's timeout surfaces as a
 * timeout within about that time instead of a hang. Only generous upper bounds on time are asserted.
 */
class JobsApiClientFaultsAcceptanceTest {
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
  private static final Caller ADMIN = Caller.bearer("admin-token");
  private static final String JOB_ID = "ybndrfg8ejkmcpqxot1uwisza3";
  private static JobsMockServer mock;

  @BeforeAll
  static void start() {
    mock = new JobsMockServer(MockOptions.onAnyFreePort()).start();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  private static JobsApiClient client(Map<String, String> headers, Duration timeout) {
    return new JobsApiClient(mock.baseUrl(), headers, SpecCheck.ignoring(), timeout);
  }

  @ParameterizedTest
  @CsvSource({
    "connection-reset, Connection reset",
    "empty-response, failed to respond",
    "malformed-chunk, chunk"
  })
  void aBrokenAnswerToAReadIsAnErrorThatNamesTheRequestAndWhatBroke(String fault, String whatBroke) {
    JobsApiClient client = client(Map.of("X-Mock-Fault", fault), Duration.ofSeconds(30));
    long started = System.nanoTime();

    Throwable thrown = catchThrowable(() -> client.getJob(ADMIN, JOB_ID));

    assertThat(thrown)
        .isInstanceOf(ApiTransportException.class)
        .hasMessageStartingWith("GET " + mock.baseUrl() + "/api/v4/jobs/" + JOB_ID + " failed")
        .hasMessageContaining(whatBroke);
    assertThat(((ApiTransportException) thrown).timedOut()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("no wait for the 30 s timeout")
        .isLessThan(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"connection-reset", "empty-response", "malformed-chunk"})
  void aBrokenAnswerToAChangeIsAnErrorThatNamesTheRequest(String fault) {
    JobsApiClient client = client(Map.of("X-Mock-Fault", fault), Duration.ofSeconds(30));

    Throwable thrown =
        catchThrowable(
            () -> client.createJob(ADMIN, "{\"type\":\"active_users\"}".getBytes(StandardCharsets.UTF_8)));

    assertThat(thrown)
        .isInstanceOf(ApiTransportException.class)
        .hasMessageStartingWith("POST " + mock.baseUrl() + "/api/v4/jobs failed");
  }

  @Test
  void anAnswerLaterThanTheTimeoutIsATimeoutErrorWithinAboutThatTime() {
    JobsApiClient client = client(Map.of("X-Mock-Delay-Ms", "2000"), SHORT_TIMEOUT);
    long started = System.nanoTime();

    Throwable thrown = catchThrowable(() -> client.getJobs(ADMIN, Map.of()));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(thrown)
        .isInstanceOf(ApiTransportException.class)
        .hasMessageStartingWith("GET " + mock.baseUrl() + "/api/v4/jobs timed out: no answer within 500 ms")
        .hasMessageContaining(JobsApiClient.TIMEOUT_PROPERTY);
    assertThat(((ApiTransportException) thrown).timedOut()).isTrue();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void anAnswerWithinTheTimeoutIsTheNormalAnswer() {
    JobsApiClient client = client(Map.of("X-Mock-Delay-Ms", "100"), Duration.ofSeconds(5));

    Exchange answer = client.getJob(ADMIN, JOB_ID);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorId()).isEqualTo("app.job.get.app_error");
  }

  @Test
  void aServerThatIsNotThereIsAnErrorThatNamesTheRequest() {
    JobsApiClient client =
        new JobsApiClient("http://127.0.0.1:1", Map.of(), SpecCheck.ignoring(), Duration.ofSeconds(5));

    Throwable thrown = catchThrowable(() -> client.getJobs(ADMIN, Map.of()));

    assertThat(thrown)
        .isInstanceOf(ApiTransportException.class)
        .hasMessageStartingWith("GET http://127.0.0.1:1/api/v4/jobs failed");
  }
}
