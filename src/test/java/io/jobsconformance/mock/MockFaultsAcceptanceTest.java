package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stock WireMock mappings in {@code mocks/mappings}: {@code X-Mock-Fault} really breaks the connection (seen on
 * the wire: a TCP reset, a close without a byte, a 200 whose chunked body is garbage), and {@code X-Mock-Delay-Ms}
 * really holds the answer back, and only the answer: the change is made at once. Time is asserted with lower bounds
 * (a busy machine is slower, never faster), and with an upper bound only to tell "at once" from a 10 s delay.
 */
class MockFaultsAcceptanceTest {
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();

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

  private static byte[] faulty(String fault, String... moreHeaders) {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"X-Mock-Fault", fault});
    headers.add(new String[] {"Authorization", "Bearer admin-token"});
    for (int i = 0; i < moreHeaders.length; i += 2) {
      headers.add(new String[] {moreHeaders[i], moreHeaders[i + 1]});
    }
    return RawHttp.request("GET", "/api/v4/jobs", headers, null, true);
  }

  @Test
  void aConnectionResetIsATcpResetBeforeAnyByteOfAnswer() {
    Throwable thrown = catchThrowable(() -> RawHttp.exchange(mock.port(), faulty("connection-reset")));

    assertThat(thrown).isInstanceOf(SocketException.class).hasMessageContaining("reset");
  }

  @Test
  void anEmptyResponseClosesTheConnectionWithoutAByte() throws IOException {
    assertThat(RawHttp.exchange(mock.port(), faulty("empty-response"))).isEmpty();
  }

  @Test
  void aMalformedChunkIsA200WhoseChunkedBodyCannotBeDecoded() throws IOException {
    byte[] raw = RawHttp.exchange(mock.port(), faulty("malformed-chunk"));

    assertThat(new String(raw, StandardCharsets.ISO_8859_1))
        .startsWith("HTTP/1.1 200")
        .containsIgnoringCase("Transfer-Encoding: chunked");
    assertThatThrownBy(() -> RawHttp.parse(raw, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chunk");
  }

  @Test
  void aFaultIsImmediateEvenWithADelayHeader() throws IOException {
    long started = System.nanoTime();

    byte[] raw = RawHttp.exchange(mock.port(), faulty("empty-response", "X-Mock-Delay-Ms", "10000"));

    assertThat(raw).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aDelayedChangeIsMadeAtOnceOnlyItsAnswerIsLate() throws Exception {
    String id =
        mock.admin().header("X-Mock-Namespace", "delayed-change").body("{\"type\":\"data_retention\"}")
            .post("/__admin/jobs").then().statusCode(201).extract().path("id");
    HttpClient client = HttpClient.newHttpClient();
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<String>> answer =
        client.sendAsync(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port() + "/api/v4/jobs/" + id + "/cancel"))
                .header("Authorization", "Bearer admin-token")
                .header("X-Mock-Namespace", "delayed-change")
                .header("X-Mock-Delay-Ms", "2000")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    String status = "pending";
    while (!status.equals("canceled") && Duration.ofNanos(System.nanoTime() - started).toMillis() < 1500) {
      status = mock.admin().header("X-Mock-Namespace", "delayed-change").get("/__admin/jobs/" + id).then()
          .extract().path("status");
    }
    assertThat(status).as("the job is canceled while the answer is still held back").isEqualTo("canceled");
    assertThat(answer).isNotDone();
    assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(2000));
  }

  @ParameterizedTest
  @CsvSource({"POST, /api/v4/jobs, 201", "PATCH, /api/v4/jobs/ybndrfg8ejkmcpqxot1uwisza3/status, 404",
      "DELETE, /api/v4/jobs, 404"})
  void theDelayHoldsBackEveryKindOfAnswer(String method, String path, int status) {
    String body = method.equals("PATCH") ? "{\"status\":\"pending\"}" : "{\"type\":\"active_users\"}";
    long started = System.nanoTime();

    mock.plain().header("Authorization", "Bearer admin-token").header("X-Mock-Delay-Ms", "300")
        .header("X-Mock-Namespace", "delayed-kinds").contentType("application/json").body(body)
        .request(method, path).then().statusCode(status);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
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
