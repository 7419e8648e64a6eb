package io.jobsconformance.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Settings;
import io.jobsconformance.mock.namespace.NamespaceConfig;
import io.jobsconformance.mock.namespace.Namespaces;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiTransformerTest {
  private final Namespaces namespaces =
      new Namespaces(NamespaceConfig.of(Settings.DEFAULTS, DefaultSessions.all(), Optional.empty()));
  private final ApiTransformer transformer = new ApiTransformer(namespaces);

  @AfterEach
  void close() {
    namespaces.close();
  }

  private static ServeEvent event(ImmutableRequest request, ResponseDefinitionBuilder response) {
    StubMapping stub = any(urlPathMatching("/api/v4/.*")).willReturn(response).build();
    return new ServeEvent(
        UUID.randomUUID(), LoggedRequest.createFrom(request), stub, stub.getResponse(), null, true, null, null);
  }

  private static ImmutableRequest.Builder get(String url) {
    return ImmutableRequest.create().withAbsoluteUrl("http://127.0.0.1:8065" + url).withMethod(RequestMethod.GET);
  }

  @Test
  void itIsNamedJobsApiAndAppliesOnlyWhereAMappingNamesIt() {
    assertThat(transformer.getName()).isEqualTo("mattermost-api");
    assertThat(transformer.applyGlobally()).isFalse();
  }

  @Test
  void aJobSeededInTheDefaultNamespaceIsServedWithoutANamespaceHeader() {
    namespaces.resolve(null).server().admin().seed(seed("ybndrfg8ejkmcpqxot1uwisza3"));

    ResponseDefinition response =
        transformer.transform(
            event(
                get("/api/v4/jobs/ybndrfg8ejkmcpqxot1uwisza3").withHeader("Authorization", "Bearer admin-token").build(),
                aResponse().withTransformers("mattermost-api")));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(text(response)).contains("\"id\":\"ybndrfg8ejkmcpqxot1uwisza3\"");
    assertThat(response.getHeaders().getHeader("Content-Type").firstValue()).isEqualTo("application/json");
  }

  @Test
  void aPercentEncodedPathIsDecodedOnceByTheApiNotByTheTransformer() {
    // %2541 is "%41" after one decoding and "A" after two: the route-miss message shows which happened.
    ResponseDefinition response =
        transformer.transform(event(get("/api/v4/jobsx%2541").build(), aResponse().withTransformers("mattermost-api")));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(text(response)).contains("url='/api/v4/jobsx%41'");
  }

  @Test
  void aBadNamespaceHeaderGetsAnAppErrorShaped400() {
    ResponseDefinition response =
        transformer.transform(
            event(get("/api/v4/jobs").withHeader("X-Mock-Namespace", "no spaces").build(), aResponse()));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(text(response))
        .startsWith("{\"id\":\"mock.namespace.invalid\",\"message\":\"Invalid X-Mock-Namespace header 'no spaces'")
        .endsWith("\"detailed_error\":\"\",\"status_code\":400}");
  }

  @Test
  void theDelayHeaderNamedByTheMappingBecomesTheFixedDelay() {
    ResponseDefinition response =
        transformer.transform(
            event(
                get("/api/v4/jobs").withHeader("X-Mock-Delay-Ms", "120").build(),
                aResponse().withTransformers("mattermost-api").withTransformerParameter("delayFromHeader", "X-Mock-Delay-Ms")));

    assertThat(response.getFixedDelayMilliseconds()).isEqualTo(120);
    assertThat(response.getStatus()).isEqualTo(401);
  }

  @Test
  void aBadDelayHeaderGetsA400InsteadOfTheApisAnswer() {
    ResponseDefinition response =
        transformer.transform(
            event(
                get("/api/v4/jobs").withHeader("X-Mock-Delay-Ms", "soon").build(),
                aResponse().withTransformerParameter("delayFromHeader", "X-Mock-Delay-Ms")));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(text(response)).contains("\"id\":\"mock.delay.invalid\"");
    assertThat(response.getFixedDelayMilliseconds()).isNull();
  }

  private static String text(ResponseDefinition response) {
    return new String(response.getByteBody(), StandardCharsets.UTF_8);
  }

  private static JobSeed seed(String id) {
    return new JobSeed(id, "data_retention", null, 1L, null, null, "pending", null, null);
  }
}
