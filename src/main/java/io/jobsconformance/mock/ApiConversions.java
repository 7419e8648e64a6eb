package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.jobsconformance.api.ApiRequest;
import io.jobsconformance.api.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WireMock's request and response types to and from the framework-free records of the API layer, and nothing else.
 * {@link Request#getUrl()} is the servlet's {@code getRequestURI()} plus {@code ?getQueryString()}: both still
 * percent-encoded, as the request line had them, which is what the API layer needs to tell {@code /jobs/a%2Fb} from
 * {@code /jobs/a/b} the way Go's router does.
 */
final class ApiConversions {
  private ApiConversions() {}

  static ApiRequest toApiRequest(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String rawPath = question < 0 ? url : url.substring(0, question);
    String rawQuery = question < 0 ? "" : url.substring(question + 1);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.computeIfAbsent(header.key(), k -> new ArrayList<>()).addAll(header.values());
    }
    return new ApiRequest(request.getMethod().getName(), rawPath, rawQuery, headers, request.getBody());
  }

  /** The response as WireMock should send it, headers in the API's order; {@code delayMillis} null means none. */
  static ResponseDefinition toResponseDefinition(ApiResponse response, Integer delayMillis) {
    ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder().withStatus(response.status());
    response.headers().forEach(builder::withHeader);
    return builder.withBody(response.body()).withFixedDelay(delayMillis).build();
  }
}
