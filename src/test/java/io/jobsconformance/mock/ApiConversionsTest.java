package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.api.ApiRequest;
import io.jobsconformance.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiConversionsTest {

  @Test
  void thePathAndQueryReachTheApiStillPercentEncoded() {
    ApiRequest request =
        ApiConversions.toApiRequest(
            ImmutableRequest.create()
                .withAbsoluteUrl("http://localhost:8065/api/v4/jobs/ab%2Fcd%25?job_type=a%20b&page=%2D1")
                .withMethod(RequestMethod.GET)
                .build());

    assertThat(request.rawPath()).isEqualTo("/api/v4/jobs/ab%2Fcd%25");
    assertThat(request.rawQuery()).isEqualTo("job_type=a%20b&page=%2D1");
  }

  @Test
  void aRequestWithoutQueryHasAnEmptyRawQuery() {
    ApiRequest request =
        ApiConversions.toApiRequest(
            ImmutableRequest.create().withAbsoluteUrl("http://h/api/v4/jobs").withMethod(RequestMethod.POST).build());

    assertThat(request.rawPath()).isEqualTo("/api/v4/jobs");
    assertThat(request.rawQuery()).isEmpty();
    assertThat(request.method()).isEqualTo("POST");
  }

  @Test
  void everyHeaderValueAndTheBodyBytesAreKept() {
    byte[] body = "{\"type\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    ApiRequest request =
        ApiConversions.toApiRequest(
            ImmutableRequest.create()
                .withAbsoluteUrl("http://h/api/v4/jobs")
                .withMethod(RequestMethod.POST)
                .withHeader("Cookie", List.of("MMAUTHTOKEN=a", "other=b"))
                .withHeader("Authorization", "Bearer admin-token")
                .withBody(body)
                .build());

    assertThat(request.headers().get("cookie")).containsExactly("MMAUTHTOKEN=a", "other=b");
    assertThat(request.header("AUTHORIZATION")).isEqualTo("Bearer admin-token");
    assertThat(request.body()).isEqualTo(body);
  }

  @Test
  void theResponseKeepsStatusHeaderOrderAndBodyBytes() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Vary", "Accept-Encoding");
    headers.put("X-Request-Id", "r1");
    headers.put("Content-Type", "application/json");
    byte[] body = {'n', 'u', 'l', 'l'};

    ResponseDefinition definition = ApiConversions.toResponseDefinition(new ApiResponse(404, headers, body), null);

    assertThat(definition.getStatus()).isEqualTo(404);
    assertThat(definition.getHeaders().all()).extracting(HttpHeader::key)
        .containsExactly("Vary", "X-Request-Id", "Content-Type");
    assertThat(definition.getByteBody()).isEqualTo(body);
    assertThat(definition.getFixedDelayMilliseconds()).isNull();
  }

  @Test
  void aRequestedDelayBecomesWireMocksFixedDelay() {
    ResponseDefinition definition =
        ApiConversions.toResponseDefinition(new ApiResponse(200, Map.of(), new byte[0]), 250);

    assertThat(definition.getFixedDelayMilliseconds()).isEqualTo(250);
  }
}
