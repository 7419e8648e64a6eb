package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stock WireMock mappings in {@code mocks/mappings}: {@code X-Mock-Fault} really breaks the connection, and
 * {@code X-Mock-Delay-Ms} really holds the answer back (only lower bounds are asserted: a busy machine is slower,
 * never faster).
 */
class MockFaultsAcceptanceTest {
  private static RunningMock mock;

  @BeforeAll
  static void start() {
    mock = RunningMock.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private static void assertBroken(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the request should fail at the transport level").isNotNull();
    Throwable io = thrown;
    while (io != null && !(io instanceof IOException)) {
      io = io.getCause();
    }
    assertThat(io).as("an IOException in " + thrown).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"connection-reset", "empty-response", "malformed-chunk"})
  void aFaultHeaderBreaksTheResponseOfAnyJobsRequest(String fault) {
    assertBroken(() -> mock.plain().header("X-Mock-Fault", fault).get("/api/v4/jobs").asByteArray());
    assertBroken(
        () -> mock.plain().header("X-Mock-Fault", fault).body("{}").post("/api/v4/jobs/abc/cancel").asByteArray());
  }

  @Test
  void theServerStillAnswersNormallyAfterAFault() {
    assertBroken(() -> mock.plain().header("X-Mock-Fault", "connection-reset").get("/api/v4/jobs").asByteArray());

    mock.api("admin-token").get("/api/v4/jobs").then().statusCode(200);
  }

  @Test
  void anUnknownFaultIsA400ThatListsTheValidValues() {
    mock.plain().header("X-Mock-Fault", "timeout").get("/api/v4/jobs").then().statusCode(400)
        .contentType("application/json")
        .body("id", equalTo("mock.fault.invalid"))
        .body("message", containsString("connection-reset, empty-response, malformed-chunk"))
        .body("status_code", equalTo(400));
  }

  @Test
  void faultsApplyOnlyToTheJobsApi() {
    mock.plain().header("X-Mock-Fault", "connection-reset").get("/api/v4/users/me").then().statusCode(404)
        .body("id", equalTo("api.context.404.app_error"));
  }

  @Test
  void theDelayHeaderHoldsTheRealAnswerBackAtLeastThatLong() {
    long started = System.nanoTime();

    mock.api("admin-token").header("X-Mock-Delay-Ms", "400").get("/api/v4/jobs").then().statusCode(200);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aDelayedErrorIsStillTheApisError() {
    long started = System.nanoTime();

    mock.api().header("X-Mock-Delay-Ms", "200").get("/api/v4/jobs").then().statusCode(401);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "60001", "soon", ""})
  void aDelayOutsideZeroToSixtySecondsIsA400(String value) {
    mock.plain().header("X-Mock-Delay-Ms", value).get("/api/v4/jobs").then().statusCode(400)
        .body("id", equalTo("mock.delay.invalid"))
        .body("message", containsString("from 0 to 60000"));
  }
}
