package io.jobsconformance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.api.contract.Actor;
import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.Call;
import io.jobsconformance.api.contract.Exchange;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Settings;
import io.jobsconformance.conformance.spec.ResponseVerdict;
import io.jobsconformance.conformance.spec.SpecValidator;
import io.jobsconformance.conformance.spec.ValidatingFilter;
import io.jobsconformance.model.Job;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * Drives the running WireMock mock over HTTP with REST Assured, in a namespace of its own ({@code X-Mock-Namespace})
 * that it drops again on {@link #close()}. Every public-API response goes through {@link ValidatingFilter} and must
 * have no unexcused spec violation; state is put in place only through the {@link MockControlPlane}. REST Assured
 * neither encodes the URL nor negotiates compression, so the mock sees exactly the bytes of the call.
 */
public final class HttpDriver implements ApiDriver {
  private static final RestAssuredConfig CONFIG =
      RestAssuredConfig.config()
          .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
          .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
  private static SpecValidator validator;

  private final String baseUrl = SharedMock.baseUrl();
  private final String namespace = "contract-" + UUID.randomUUID();
  private final MockControlPlane controlPlane = new MockControlPlane(this::request);

  private static synchronized SpecValidator validator() {
    if (validator == null) {
      validator = SpecValidator.fromClasspath();
    }
    return validator;
  }

  private RequestSpecification request() {
    return RestAssured.given()
        .config(CONFIG)
        .baseUri(baseUrl)
        .urlEncodingEnabled(false)
        .header("X-Mock-Namespace", namespace);
  }

  @Override
  public Exchange send(Call call) {
    List<ResponseVerdict> verdicts = new ArrayList<>();
    RequestSpecification request = request().filter(new ValidatingFilter(validator(), verdicts::add));
    call.headers().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    if (call.body().length > 0) {
      request.body(call.body());
    }
    Response response = request.request(call.method(), call.target());
    Map<String, String> headers = new LinkedHashMap<>();
    response.getHeaders().forEach(h -> headers.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b));
    Exchange exchange = new Exchange(response.getStatusCode(), headers, response.asByteArray());
    ResponseVerdict verdict = verdicts.get(0);
    if ("gzip".equalsIgnoreCase(exchange.header("Content-Encoding"))) {
      // The filter saw the compressed bytes; the spec speaks of the JSON inside them.
      verdict = validator().validate(call.method(), call.target(), exchange.status(), headers, gunzip(exchange.body()));
    }
    assertThat(verdict.violations()).as("unexcused spec violations of %s", verdict).isEmpty();
    return exchange;
  }

  private static byte[] gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Content-Encoding gzip but the body is not gzip", e);
    }
  }

  @Override
  public Job seed(JobSeed seed) {
    return controlPlane.seed(seed);
  }

  @Override
  public Optional<Job> job(String id) {
    return controlPlane.job(id);
  }

  /**
   * The control plane has no count, so this counts what an admin can list through the public API: every type the
   * API itself can create is listed by {@code GET /jobs} or, for {@code access_control_sync}, by {@code /jobs/type/},
   * so a job created by mistake always shows up here.
   */
  @Override
  public long jobCount() {
    return countPages("/api/v4/jobs") + countPages("/api/v4/jobs/type/access_control_sync");
  }

  private long countPages(String path) {
    long count = 0;
    for (int page = 0; ; page++) {
      Exchange r = send(Call.get(path + "?per_page=200&page=" + page).as(Actor.ADMIN));
      assertThat(r.status()).as("counting jobs: %s", r).isEqualTo(200);
      int size = r.json().size();
      count += size;
      if (size < 200) {
        return count;
      }
    }
  }

  @Override
  public Job work(String id, String action, Long progress, String error) {
    return controlPlane.work(id, action, progress, error);
  }

  @Override
  public void putExportFile(String path, byte[] content, boolean unreadable) {
    controlPlane.putExportFile(path, content, unreadable);
  }

  @Override
  public void settings(Settings settings) {
    controlPlane.settings(settings);
  }

  @Override
  public void addSession(String token, String roles, String csrf, boolean oauth) {
    controlPlane.addSession(token, roles, csrf, oauth);
  }

  @Override
  public void addSessionWithPermissions(String token, List<String> permissionIds) {
    controlPlane.addSessionWithPermissions(token, permissionIds);
  }

  /** Drops the namespace with everything in it, so a long run does not accumulate namespaces. */
  @Override
  public void close() {
    controlPlane.dropNamespace();
  }
}
