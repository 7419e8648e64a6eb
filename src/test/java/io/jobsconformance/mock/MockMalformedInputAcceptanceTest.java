package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that made WireMock itself fail with a 500 HTML page before the Jobs API saw the request (found by the fuzz
 * test): a malformed escape in the query, a malformed form or multipart body, a charset Java cannot load. The real
 * server answers these like any other request (Go's {@code url.ParseQuery} drops a pair with a bad escape, reference
 * §1.4; bodies are read as JSON whatever their content type), and so does the mock now.
 */
class MockMalformedInputAcceptanceTest {
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass();

  private static RawHttp.Answer send(String method, String target, String contentType, String body)
      throws IOException {
    return send("malformed-input", method, target, contentType, body);
  }

  private static RawHttp.Answer send(String namespace, String method, String target, String contentType, String body)
      throws IOException {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"Authorization", "Bearer admin-token"});
    headers.add(new String[] {"X-Mock-Namespace", namespace});
    if (contentType != null) {
      headers.add(new String[] {"Content-Type", contentType});
    }
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(mock.port(), RawHttp.request(method, target, headers, bytes), false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=%zz", "%zz=1", "per_page=%", "status=%G1&per_page=5", "access_token=%zz"})
  void aQueryPairWithAMalformedEscapeIsDroppedAsGoDoes(String query) throws IOException {
    RawHttp.Answer answer = send("no-jobs", "GET", "/api/v4/jobs?" + query, null, null);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.text()).isEqualTo("null");
  }

  @Test
  void aDroppedStatusPairDoesNotFilterTheList() throws IOException {
    // with the pair kept, "%zz" would be an invalid status: 400 api.job.status.invalid
    assertThat(send("GET", "/api/v4/jobs?status=%zz", null, null).status()).isEqualTo(200);
    assertThat(send("GET", "/api/v4/jobs?status=zz", null, null).status()).isEqualTo(400);
  }

  @Test
  void theUriLengthStillCountsTheDroppedPairs() throws IOException {
    RawHttp.Answer answer = send("GET", "/api/v4/jobs?a=%zz" + "b".repeat(2100), null, null);

    assertThat(answer.status()).isEqualTo(414);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "multipart/form-data; boundary=x",
        "application/json; charset=bogus",
        "text/plain; charset=\"",
        "text/plain; charset=",
        "application/json; charset=\"utf-8\""
      })
  void aBodyIsReadAsJsonWhateverItsContentTypeSays(String contentType) throws IOException {
    RawHttp.Answer created = send("POST", "/api/v4/jobs", contentType, "{\"type\":\"active_users\"}");
    RawHttp.Answer refused = send("POST", "/api/v4/jobs", contentType, "a=b&c=%zz");

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.text()).contains("api.context.invalid_body_param.app_error");
  }

  @Test
  void aMalformedEscapeRunningIntoTheQueryIsABadRequestNotAFailure() throws IOException {
    // Jetty keeps "?a=%zz" inside the path here, where WireMock split it off and failed on it
    RawHttp.Answer answer = send("POST", "/api/v4/jobs/x/cancel%0?a=1&b=%zz", "application/json", "{}");

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
  }
}
