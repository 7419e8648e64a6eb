package io.jobsconformance.conformance.client;

import io.jobsconformance.conformance.spec.ValidatingFilter;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The one class that knows the Jobs API's paths. Every call goes through REST Assured with the spec-validating
 * filter, carries the caller's token the way the caller asks, and has timeouts, so a broken server is a clear error
 * rather than a hang: a connection that cannot be made, is reset or closed early, a malformed response, or no answer
 * within the timeout is an {@link ApiTransportException} naming the request. The timeout (connect, and each wait for
 * data) is {@value #DEFAULT_TIMEOUT_MILLIS} ms unless the system property {@value #TIMEOUT_PROPERTY} says otherwise.
 * Ids and query values are sent exactly as given (no re-encoding), so steps can send malformed ones on purpose.
 */
public final class JobsApiClient {
  /** The system property that sets the timeout in milliseconds, e.g. {@code -Djobs.client.timeoutMillis=5000}. */
  public static final String TIMEOUT_PROPERTY = "jobs.client.timeoutMillis";

  public static final int DEFAULT_TIMEOUT_MILLIS = 30_000;

  /** A well-formed token that no server issued. */
  private static final String UNKNOWN_SESSION = "unknownsessiontoken0000000";

  private final String baseUrl;
  private final Map<String, String> extraHeaders;
  private final SpecCheck spec;
  private final Duration timeout;
  private final RestAssuredConfig config;

  /** A client with the timeout of {@value #TIMEOUT_PROPERTY}, or the default. */
  public JobsApiClient(String baseUrl, Map<String, String> extraHeaders, SpecCheck spec) {
    this(baseUrl, extraHeaders, spec, timeoutFrom(System.getProperties()));
  }

  public JobsApiClient(String baseUrl, Map<String, String> extraHeaders, SpecCheck spec, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "the client timeout must be 1 to 2^31-1 ms, got " + timeout.toMillis() + " ms");
    }
    this.baseUrl = baseUrl;
    this.extraHeaders = Map.copyOf(extraHeaders);
    this.spec = spec;
    this.timeout = timeout;
    int millis = (int) timeout.toMillis();
    this.config =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", millis)
                    .setParam("http.socket.timeout", millis));
  }

  /** The timeout {@value #TIMEOUT_PROPERTY} sets, or the default when it is absent. */
  public static Duration timeoutFrom(Properties properties) {
    String value = properties.getProperty(TIMEOUT_PROPERTY);
    if (value == null) {
      return Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS);
    }
    try {
      long millis = Long.parseLong(value.trim());
      if (millis > 0 && millis <= Integer.MAX_VALUE) {
        return Duration.ofMillis(millis);
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        TIMEOUT_PROPERTY + " must be a positive number of milliseconds, got '" + value + "'");
  }

  public Duration timeout() {
    return timeout;
  }

  public Exchange getJob(Caller caller, String jobId) {
    return send(caller, "GET", "/api/v4/jobs/" + jobId, Map.of(), null, Map.of());
  }

  public Exchange getJobs(Caller caller, Map<String, String> query) {
    return send(caller, "GET", "/api/v4/jobs", query, null, Map.of());
  }

  public Exchange getJobsByType(Caller caller, String jobType, Map<String, String> query) {
    return send(caller, "GET", "/api/v4/jobs/type/" + jobType, query, null, Map.of());
  }

  public Exchange createJob(Caller caller, byte[] body) {
    return send(caller, "POST", "/api/v4/jobs", Map.of(), body, Map.of());
  }

  /** As {@link #createJob(Caller, byte[])} with query parameters, which the server ignores but counts in the URI. */
  public Exchange createJob(Caller caller, byte[] body, Map<String, String> query) {
    return send(caller, "POST", "/api/v4/jobs", query, body, Map.of());
  }

  public Exchange cancelJob(Caller caller, String jobId) {
    return send(caller, "POST", "/api/v4/jobs/" + jobId + "/cancel", Map.of(), null, Map.of());
  }

  public Exchange updateJobStatus(Caller caller, String jobId, byte[] body) {
    return send(caller, "PATCH", "/api/v4/jobs/" + jobId + "/status", Map.of(), body, Map.of());
  }

  public Exchange downloadJob(Caller caller, String jobId, Map<String, String> headers) {
    return send(caller, "GET", "/api/v4/jobs/" + jobId + "/download", Map.of(), null, headers);
  }

  /** A request that matches no route; {@code jobId} fills the paths that name a job. */
  public Exchange missRoute(Caller caller, RouteMiss miss, String jobId) {
    return send(caller, miss.method, String.format(miss.pathTemplate, jobId), Map.of(), null, Map.of());
  }

  private Exchange send(
      Caller caller, String method, String path, Map<String, String> query, byte[] body, Map<String, String> headers) {
    RequestSpecification request =
        RestAssured.given()
            .config(config)
            .baseUri(baseUrl)
            .urlEncodingEnabled(false)
            .filter(new ValidatingFilter(SpecCheck.validator(), spec))
            .headers(extraHeaders)
            .headers(headers);
    Map<String, String> fullQuery = new LinkedHashMap<>(query);
    authenticate(request, caller, fullQuery);
    if (body != null) {
      request.contentType("application/json").body(body);
    }
    String target = path + queryString(fullQuery);
    try {
      Response response = request.request(method, target);
      Map<String, String> responseHeaders = new LinkedHashMap<>();
      response.getHeaders().forEach(h -> responseHeaders.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b));
      return new Exchange(method, target, response.getStatusCode(), responseHeaders, response.asByteArray());
    } catch (Exception e) {
      // REST Assured rethrows the transport's IOException undeclared, sometimes wrapped.
      IOException transport = ApiTransportException.ioCause(e);
      if (transport == null) {
        throw e;
      }
      throw new ApiTransportException(method + " " + baseUrl + target, timeout, transport);
    }
  }

  private static void authenticate(RequestSpecification request, Caller caller, Map<String, String> query) {
    if (caller.token() == null) {
      return;
    }
    switch (caller.style()) {
      case BEARER -> request.header("Authorization", "Bearer " + caller.token());
      case TOKEN -> request.header("Authorization", "Token " + caller.token());
      case COOKIE -> request.header("Cookie", "MMAUTHTOKEN=" + caller.token());
      case COOKIE_WITH_CSRF ->
          request.header("Cookie", "MMAUTHTOKEN=" + caller.token()).header("X-CSRF-Token", String.valueOf(caller.csrf()));
      case COOKIE_WITH_REQUESTED_WITH ->
          request.header("Cookie", "MMAUTHTOKEN=" + caller.token()).header("X-Requested-With", "XMLHttpRequest");
      case QUERY -> query.put("access_token", URLEncoder.encode(caller.token(), StandardCharsets.UTF_8));
      case NONE -> { }
      case BEARER_LOWER_CASE -> request.header("Authorization", "bearer " + caller.token());
      case BEARER_UPPER_CASE -> request.header("Authorization", "BEARER " + caller.token());
      case BEARER_UNDER_AN_UNKNOWN_COOKIE ->
          request.header("Authorization", "Bearer " + caller.token()).header("Cookie", "MMAUTHTOKEN=" + UNKNOWN_SESSION);
    }
  }

  /** Values go on the wire as given: callers encode what must be encoded and may send malformed values on purpose. */
  private static String queryString(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner("&", "?", "");
    query.forEach((key, value) -> joined.add(value == null ? key : key + "=" + value));
    return joined.toString();
  }
}
